// Says a policy summary in the reader's language: the plain-words "what data goes to whom" of SPEC 4, through the catalogue.
// summaryToEnglish (policy-summary.ts) is the English reference the catalogue's texts follow.
import type { Translate } from "@/lib/i18n/translate";
import type { AuthMethodSummary, DataSharePolicySummary, DeliverySummary, PolicySummary, SharedAttributeSummary, SharedSourceSummary } from "./policy-summary";
import type { SourceFilter } from "./policy-types";

function listFormat(locale: string, items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(locale, { style: "long", type }).format(items);
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(t: Translate, locale: string, key: string, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  return t(`${key}.${form}`, { count });
}

export function authMethodLabel(t: Translate, method: Pick<AuthMethodSummary, "authType" | "authSubType">): string {
  if (method.authType === "bio" && method.authSubType) {
    const key = `policies.summary.bio.${method.authSubType.toUpperCase()}`;
    const known = t(key);
    return known === key ? t("policies.summary.bioOther", { subType: method.authSubType }) : known;
  }
  const key = `policies.summary.authTypes.${method.authType}`;
  const name = t(key) === key ? method.authType : t(key);
  return method.authSubType ? t("policies.summary.withSubType", { name, subType: method.authSubType }) : name;
}

/** Sentences describing what the policy lets `recipient` do and receive. */
export function describePolicy(summary: PolicySummary, t: Translate, locale: string, recipient: string): string[] {
  switch (summary.type) {
    case "Auth": {
      const methods = summary.authMethods.map((m) => authMethodLabel(t, m));
      const out = [methods.length ? t("policies.summary.auth.methods", { recipient, list: listFormat(locale, methods) }) : t("policies.summary.auth.noMethods", { recipient })];
      const mandatory = summary.authMethods.filter((m) => m.mandatory).map((m) => authMethodLabel(t, m));
      if (mandatory.length) out.push(t("policies.summary.auth.mandatory", { list: listFormat(locale, mandatory) }));
      if (!summary.kycAttributes.length) out.push(t("policies.summary.auth.noKyc", { recipient }));
      else if (summary.kycLanguages.length) {
        out.push(t("policies.summary.auth.kycWithLanguages", { recipient, list: listFormat(locale, summary.kycAttributes), languages: listFormat(locale, summary.kycLanguages) }));
      } else out.push(t("policies.summary.auth.kyc", { recipient, list: listFormat(locale, summary.kycAttributes) }));
      out.push(t(`policies.summary.auth.token.${summary.tokenType}`));
      return out.map(sentence);
    }
    case "DataShare":
    case "CredentialIssuance":
      return describeDataShare(summary, t, locale, recipient);
    case "MISP": {
      const name = (d: string) => t(`policies.summary.misp.delegations.${d}`);
      const allowed = summary.delegations.filter((d) => d.allowed).map((d) => name(d.delegation));
      const refused = summary.delegations.filter((d) => !d.allowed).map((d) => name(d.delegation));
      const out = [allowed.length ? t("policies.summary.misp.allowed", { recipient, list: listFormat(locale, allowed) }) : t("policies.summary.misp.none", { recipient })];
      if (allowed.length && refused.length) out.push(t("policies.summary.misp.refused", { list: listFormat(locale, refused, "disjunction") }));
      out.push(t(summary.trustsKeyBoundTokens ? "policies.summary.misp.kbtYes" : "policies.summary.misp.kbtNo"));
      return out.map(sentence);
    }
  }
}

function describeDataShare(summary: DataSharePolicySummary, t: Translate, locale: string, recipient: string): string[] {
  const { delivery, attributes } = summary;
  const kind = summary.type === "CredentialIssuance" ? "credential" : "share";
  if (!attributes.length) return [sentence(t(`policies.summary.data.${kind}.none`, { recipient, source: delivery.source })), sentence(describeDelivery(delivery, t, locale))];
  return [
    sentence(t(`policies.summary.data.${kind}.attributes`, { recipient, count: attributes.length, source: delivery.source, list: listFormat(locale, attributes.map((a) => a.name)) })),
    // Attribute lines start with the attribute's own name, a code that keeps its case.
    ...attributes.map((a) => describeAttribute(a, t, locale)),
    sentence(describeDelivery(delivery, t, locale)),
  ];
}

function describeAttribute(attribute: SharedAttributeSummary, t: Translate, locale: string): string {
  const parts: string[] = [];
  const plainCopy = attribute.sources.length === 1 && attribute.sources[0].attribute === attribute.name && !attribute.sources[0].filters.length;
  if (attribute.sources.length && !plainCopy) parts.push(t("policies.summary.data.takenFrom", { sources: listFormat(locale, attribute.sources.map((s) => describeSource(s, t, locale))) }));
  if (attribute.format) parts.push(attribute.format === "extraction" ? t("policies.summary.data.extracted") : t("policies.summary.data.formatted", { format: attribute.format }));
  parts.push(t(attribute.encrypted ? "policies.summary.data.encrypted" : "policies.summary.data.notEncrypted"));
  const name = attribute.biometric ? t("policies.summary.data.biometricName", { name: attribute.name }) : attribute.name;
  return t("policies.summary.data.attribute", { name, details: parts.join(", ") });
}

function describeSource(source: SharedSourceSummary, t: Translate, locale: string): string {
  const kinds = source.filters.filter((f) => f.type || f.subType?.length).map(describeFilter);
  const languages = source.filters.flatMap((f) => (f.language ? [f.language] : []));
  const limits = [
    ...(kinds.length ? [t("policies.summary.data.only", { list: listFormat(locale, kinds) })] : []),
    ...(languages.length ? [t("policies.summary.data.inLanguages", { list: listFormat(locale, languages) })] : []),
  ];
  return limits.length ? `${source.attribute} (${limits.join(", ")})` : source.attribute;
}

function describeFilter(filter: SourceFilter): string {
  const subTypes = filter.subType?.length ? filter.subType.join(", ") : "";
  if (!filter.type) return subTypes;
  return subTypes ? `${filter.type} (${subTypes})` : filter.type;
}

function describeDelivery(delivery: DeliverySummary, t: Translate, locale: string): string {
  const encryption = t(delivery.encryptedWithPartnerKey ? "policies.summary.delivery.encrypted" : "policies.summary.delivery.notEncrypted");
  const over = delivery.protocol ? "Over" : "";
  if (!delivery.viaShareLink) return t(`policies.summary.delivery.direct${over}`, { protocol: delivery.protocol ?? "", encryption });
  return t(`policies.summary.delivery.link${over}`, {
    domain: delivery.shareDomain,
    protocol: delivery.protocol ?? "",
    encryption,
    minutes: plural(t, locale, "policies.summary.delivery.minutes", delivery.validForMinutes),
    uses: plural(t, locale, "policies.summary.delivery.uses", delivery.transactionsAllowed),
  });
}
