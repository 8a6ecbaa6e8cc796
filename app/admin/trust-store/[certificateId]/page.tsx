import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getCaCertificate } from "@/lib/trust-store/queries";

export default async function CaCertificatePage({ params }: { params: Promise<{ certificateId: string }> }) {
  await requirePagePermission("trust-store.manage");
  const { certificateId } = await params;
  const cert = await getCaCertificate(certificateId);
  if (!cert) notFound();
  const t = await getT();
  const locale = await getLocale();
  const d = cert.described;
  const expired = cert.notAfter <= new Date();
  const key = d.publicKey.curve ? `${d.publicKey.type} ${d.publicKey.curve}` : `${d.publicKey.type} ${d.publicKey.bits ?? ""}`.trim();

  return (
    <div className="space-y-6">
      <PageHeader
        title={cert.issuedTo}
        description={t("certificates.detail.description", { kind: t(`certificates.kinds.${cert.kind}`), domain: cert.domain })}
        actions={
          <ButtonLink href="/admin/trust-store" variant="secondary">
            {t("common.back")}
          </ButtonLink>
        }
      />
      <Card title={t("common.details")} actions={expired ? <Badge tone="danger">{t("certificates.page.expired")}</Badge> : <Badge tone="success">{t("certificates.page.valid")}</Badge>}>
        <DefinitionList
          items={[
            { label: t("certificates.fields.subject"), value: <span className="font-mono text-xs">{cert.subject}</span> },
            { label: t("certificates.fields.issuer"), value: <span className="font-mono text-xs">{cert.issuer}</span> },
            { label: t("certificates.fields.serialNumber"), value: <span className="break-all font-mono text-xs">{cert.serialNumber}</span> },
            { label: t("certificates.fields.thumbprint"), value: <span className="break-all font-mono text-xs" data-testid="ca-thumbprint">{cert.thumbprint}</span> },
            { label: t("certificates.fields.validFrom"), value: formatDateTime(cert.notBefore, locale) },
            { label: t("certificates.fields.validTo"), value: formatDateTime(cert.notAfter, locale) },
            { label: t("certificates.fields.key"), value: key },
            { label: t("certificates.fields.signatureAlgorithm"), value: d.signatureAlgorithm },
            { label: t("certificates.fields.basicConstraints"), value: d.isCA ? t("certificates.detail.ca", { pathLen: d.pathLen ?? t("certificates.detail.unlimited") }) : t("certificates.detail.notCa") },
            { label: t("certificates.fields.keyUsage"), value: d.keyUsage.join(", ") || "—" },
            { label: t("certificates.fields.uploadedAt"), value: formatDateTime(cert.uploadedAt, locale) },
            { label: t("certificates.fields.uploadedBy"), value: cert.uploadedBy ?? "—" },
          ]}
        />
        <div className="mt-4 flex flex-wrap gap-3">
          <a className="font-semibold text-brand-700 underline" href={`/admin/trust-store/${cert.id}/download?format=pem`} download data-testid="download-ca-pem">
            {t("certificates.detail.downloadPem")}
          </a>
          <a className="font-semibold text-brand-700 underline" href={`/admin/trust-store/${cert.id}/download?format=p7b`} download data-testid="download-ca-p7b">
            {t("certificates.detail.downloadP7b")}
          </a>
        </div>
      </Card>
      <Card title={t("certificates.detail.extensions")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("certificates.detail.extensions")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.detail.extension")}</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">OID</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.detail.critical")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {d.extensions.map((e, i) => (
              <tr key={`${e.oid}-${i}`}>
                <td className="px-3 py-2">{e.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{e.oid}</td>
                <td className="px-3 py-2">{e.critical ? t("common.yes") : t("common.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t("certificates.detail.path")}>
        <ol className="space-y-2 text-sm" data-testid="trust-path">
          {cert.path.map((p, i) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <span className="text-slate-500">{i + 1}.</span>
              <Badge tone={p.kind === "ROOT" ? "info" : "neutral"}>{t(`certificates.kinds.${p.kind}`)}</Badge>
              {p.id === cert.id ? (
                <span className="break-all font-mono text-xs">{p.subject}</span>
              ) : (
                <Link className="break-all font-mono text-xs text-brand-700 underline" href={`/admin/trust-store/${p.id}`}>
                  {p.subject}
                </Link>
              )}
            </li>
          ))}
        </ol>
        {cert.issued.length > 0 && (
          <>
            <h3 className="mt-4 text-sm font-semibold">{t("certificates.detail.issued")}</h3>
            <ul className="mt-2 space-y-1 text-sm">
              {cert.issued.map((c) => (
                <li key={c.id}>
                  <Link className="break-all font-mono text-xs text-brand-700 underline" href={`/admin/trust-store/${c.id}`}>
                    {c.subject}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </div>
  );
}
