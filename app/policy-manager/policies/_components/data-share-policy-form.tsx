"use client";
// Form editor for DataShare and CredentialIssuance policies: delivery settings, and each shareable attribute with its
// sources, filters, format and encryption.
import { useI18n } from "@/lib/i18n/client";
import { BIO_FILTER_TYPES, FORMAT_SUGGESTIONS, LANGUAGE_SUGGESTIONS, SHARE_SOURCE_SUGGESTIONS, appendIn, asArray, asRecord, asString, removeIn, setIn, type JsonPath } from "@/lib/policies/policy-form";
import type { PolicyFormProps } from "./auth-policy-form";
import { AddButton, Labelled, ListInput, Select, SmallButton, Suggestions, TextInput, smallInputClass } from "./form-controls";

const SETTINGS: JsonPath = ["dataSharePolicies"];

export function DataSharePolicyForm({ value, onChange }: PolicyFormProps) {
  const { t } = useI18n();
  const settings = asRecord(value.dataSharePolicies);
  const attributes = asArray(value.shareableAttributes).map(asRecord);
  const setSetting = (key: string, v: string | undefined) => onChange(setIn(value, [...SETTINGS, key], v));
  const enumOptions = (current: unknown, allowed: readonly string[], labels: string) => [
    ...(allowed.includes(asString(current)) ? [] : [{ value: asString(current), label: asString(current) || "—" }]),
    ...allowed.map((v) => ({ value: v, label: t(`${labels}.${v}`) })),
  ];

  return (
    <div className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("policies.editor.share.settings")}</legend>
        <Labelled id="share-type" label={t("policies.editor.share.typeOfShare")}>
          <Select id="share-type" value={asString(settings.typeOfShare)} onChange={(v) => setSetting("typeOfShare", v)} options={enumOptions(settings.typeOfShare, ["Data Share", "direct"], "policies.editor.share.typesOfShare")} />
        </Labelled>
        <Labelled id="share-encryption" label={t("policies.editor.share.encryptionType")}>
          <Select id="share-encryption" value={asString(settings.encryptionType)} onChange={(v) => setSetting("encryptionType", v)} options={enumOptions(settings.encryptionType, ["Partner Based", "none"], "policies.editor.share.encryptionTypes")} />
        </Labelled>
        <Labelled id="share-valid-for" label={t("policies.editor.share.validForInMinutes")}>
          <TextInput id="share-valid-for" value={asString(settings.validForInMinutes)} onChange={(v) => setSetting("validForInMinutes", v)} inputMode="numeric" />
        </Labelled>
        <Labelled id="share-transactions" label={t("policies.editor.share.transactionsAllowed")}>
          <TextInput id="share-transactions" value={asString(settings.transactionsAllowed)} onChange={(v) => setSetting("transactionsAllowed", v)} inputMode="numeric" />
        </Labelled>
        <Labelled id="share-domain" label={t("policies.editor.share.shareDomain")}>
          <TextInput id="share-domain" value={asString(settings.shareDomain)} onChange={(v) => setSetting("shareDomain", v)} />
        </Labelled>
        <Labelled id="share-source" label={t("policies.editor.share.source")}>
          <TextInput id="share-source" value={asString(settings.source)} onChange={(v) => setSetting("source", v)} list="share-source-suggestions" />
          <Suggestions id="share-source-suggestions" values={SHARE_SOURCE_SUGGESTIONS} />
        </Labelled>
        <Labelled id="share-protocol" label={t("policies.editor.share.protocol")}>
          <TextInput id="share-protocol" value={asString(settings.protocol)} onChange={(v) => setSetting("protocol", v || undefined)} />
        </Labelled>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("policies.editor.share.attributes")}</legend>
        <Suggestions id="format-suggestions" values={FORMAT_SUGGESTIONS} />
        <Suggestions id="bio-type-suggestions" values={BIO_FILTER_TYPES} />
        <Suggestions id="language-suggestions" values={LANGUAGE_SUGGESTIONS} />
        {attributes.map((attribute, index) => (
          <AttributeEditor key={index} index={index} attribute={attribute} root={value} onChange={onChange} />
        ))}
        <AddButton onClick={() => onChange(appendIn(value, ["shareableAttributes"], { attributeName: "", source: [{ attribute: "" }], encrypted: true }))}>
          {t("policies.editor.share.addAttribute")}
        </AddButton>
      </fieldset>
    </div>
  );
}

function AttributeEditor({ index, attribute, root, onChange }: { index: number; attribute: Record<string, unknown>; root: Record<string, unknown>; onChange: (next: unknown) => void }) {
  const { t } = useI18n();
  const base: JsonPath = ["shareableAttributes", index];
  const set = (path: JsonPath, v: unknown) => onChange(setIn(root, [...base, ...path], v));
  const sources = asArray(attribute.source).map(asRecord);
  const id = `attr-${index}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {t("policies.editor.share.attribute", { index: index + 1 })}
        {asString(attribute.attributeName) ? ` · ${asString(attribute.attributeName)}` : ""}
      </legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <Labelled id={`${id}-name`} label={t("policies.editor.share.attributeName")}>
          <TextInput id={`${id}-name`} value={asString(attribute.attributeName)} onChange={(v) => set(["attributeName"], v)} className={smallInputClass} />
        </Labelled>
        <Labelled id={`${id}-group`} label={t("policies.editor.share.group")} hint={t("policies.editor.share.groupHint")}>
          <TextInput id={`${id}-group`} value={asString(attribute.group)} onChange={(v) => set(["group"], v || undefined)} describedBy={`${id}-group-hint`} className={smallInputClass} />
        </Labelled>
        <Labelled id={`${id}-format`} label={t("policies.editor.share.format")}>
          <TextInput id={`${id}-format`} value={asString(attribute.format)} onChange={(v) => set(["format"], v || undefined)} list="format-suggestions" className={smallInputClass} />
        </Labelled>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" checked={attribute.encrypted === true} onChange={(e) => set(["encrypted"], e.target.checked)} />
        {t("policies.editor.share.encrypted")}
      </label>
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-800">{t("policies.editor.share.sources")}</p>
        {sources.map((source, sourceIndex) => (
          <SourceEditor key={sourceIndex} source={source} sourceIndex={sourceIndex} set={(path, v) => set(["source", sourceIndex, ...path], v)} onRemove={() => onChange(removeIn(root, [...base, "source"], sourceIndex))} />
        ))}
        <AddButton onClick={() => onChange(appendIn(root, [...base, "source"], { attribute: "" }))}>{t("policies.editor.share.addSource")}</AddButton>
      </div>
      <SmallButton onClick={() => onChange(removeIn(root, ["shareableAttributes"], index))} label={t("policies.editor.share.removeAttribute", { index: index + 1 })}>
        {t("policies.editor.auth.remove")}
      </SmallButton>
    </fieldset>
  );
}

function SourceEditor({ source, sourceIndex, set, onRemove }: { source: Record<string, unknown>; sourceIndex: number; set: (path: JsonPath, v: unknown) => void; onRemove: () => void }) {
  const { t } = useI18n();
  const filters = asArray(source.filter).map(asRecord);
  const n = sourceIndex + 1;
  const setFilters = (next: Record<string, unknown>[]) => set(["filter"], next.length ? next : undefined);
  const setFilter = (filterIndex: number, key: string, v: unknown) =>
    setFilters(filters.map((f, i) => (i === filterIndex ? (setIn(f, [key], v) as Record<string, unknown>) : f)));
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-2">
      <div className="flex items-center gap-2">
        <TextInput value={asString(source.attribute)} onChange={(v) => set(["attribute"], v)} ariaLabel={t("policies.editor.share.sourceAttribute", { index: n })} className={smallInputClass} />
        <SmallButton onClick={onRemove} label={t("policies.editor.share.removeSource", { index: n })}>
          ×
        </SmallButton>
      </div>
      <ul aria-label={t("policies.editor.share.filters", { index: n })} className="space-y-1">
        {filters.map((filter, filterIndex) => (
          <li key={filterIndex} className="grid grid-cols-1 items-center gap-2 sm:grid-cols-[1fr_2fr_1fr_auto]">
            <TextInput value={asString(filter.type)} onChange={(v) => setFilter(filterIndex, "type", v || undefined)} list="bio-type-suggestions" ariaLabel={`${t("policies.editor.share.filterType")} ${n}.${filterIndex + 1}`} className={smallInputClass} />
            <ListInput values={asArray(filter.subType).map(asString)} onChange={(list) => setFilter(filterIndex, "subType", list.length ? list : undefined)} ariaLabel={`${t("policies.editor.share.filterSubTypes")} ${n}.${filterIndex + 1}`} className={smallInputClass} />
            <TextInput value={asString(filter.language)} onChange={(v) => setFilter(filterIndex, "language", v || undefined)} list="language-suggestions" ariaLabel={`${t("policies.editor.share.filterLanguage")} ${n}.${filterIndex + 1}`} className={smallInputClass} />
            <SmallButton onClick={() => setFilters(filters.filter((_, i) => i !== filterIndex))} label={t("policies.editor.share.removeFilter", { index: `${n}.${filterIndex + 1}` })}>
              ×
            </SmallButton>
          </li>
        ))}
      </ul>
      <AddButton onClick={() => setFilters([...filters, { language: "eng" }])}>{t("policies.editor.share.addFilter")}</AddButton>
    </div>
  );
}
