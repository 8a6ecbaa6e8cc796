import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { partnerMispLicenses } from "@/lib/misp/queries";
import { KeyStatusBadge } from "../api-keys/key-status-badge";

// The MISP partner sees its license key's status and expiry; the key itself was shown once, at issue, and never again.
export default async function MispLicensePage() {
  const user = await requirePagePermission("misp-keys.view-own");
  const t = await getT();
  const locale = await getLocale();
  const licenses = user.partner ? await partnerMispLicenses(user.partner.id) : [];
  const current = licenses.find((l) => l.status === "ACTIVE") ?? null;
  const history = licenses.filter((l) => l !== current);

  return (
    <div className="space-y-6">
      <PageHeader title={t("misp.title")} description={t("misp.intro")} />
      <Card title={t("misp.current")} actions={current ? <KeyStatusBadge status={current.displayStatus} label={t(`keyStatus.${current.displayStatus}`)} /> : undefined}>
        {current ? (
          <div data-testid="misp-current">
            <DefinitionList
              items={[
                { label: t("misp.key"), value: <code className="font-mono">{`${current.prefix}…${current.lastFour}`}</code> },
                { label: t("misp.status"), value: t(`keyStatus.${current.displayStatus}`) },
                { label: t("misp.issuedAt"), value: formatDate(current.createdAt, locale) },
                { label: t("misp.expiresAt"), value: formatDate(current.expiresAt, locale) },
              ]}
            />
          </div>
        ) : (
          <p className="text-sm text-slate-700" data-testid="misp-none">
            {licenses.length === 0 ? t("misp.none") : t("misp.noneActive")}
          </p>
        )}
      </Card>
      {history.length > 0 && (
        <Card title={t("misp.history")}>
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t("misp.history")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {[t("misp.key"), t("misp.status"), t("misp.issuedAt"), t("misp.expiresAt"), t("misp.deactivatedAt")].map((heading) => (
                    <th key={heading} scope="col" className="px-3 py-2 text-start font-semibold text-slate-800">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {history.map((license) => (
                  <tr key={license.id}>
                    <td className="px-3 py-2">
                      <code className="font-mono">{`${license.prefix}…${license.lastFour}`}</code>
                    </td>
                    <td className="px-3 py-2">
                      <KeyStatusBadge status={license.displayStatus} label={t(`keyStatus.${license.displayStatus}`)} />
                    </td>
                    <td className="px-3 py-2">{formatDate(license.createdAt, locale)}</td>
                    <td className="px-3 py-2">{formatDate(license.expiresAt, locale)}</td>
                    <td className="px-3 py-2">{formatDate(license.deactivatedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </div>
  );
}
