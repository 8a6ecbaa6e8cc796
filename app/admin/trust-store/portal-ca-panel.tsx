"use client";
// The portal's own issuing CAs: download links for downstream trust stores, and rotation (docs/decisions/003-portal-ca-keys.md).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toaster";
import { actionErrorMessage } from "@/lib/i18n/action-error";
import { useI18n } from "@/lib/i18n/client";
import { rotatePortalCaAction } from "@/lib/trust-store/actions";

interface Row {
  id: string;
  domain: "AUTH" | "DEVICE" | "FTM" | "MISP";
  keyAlgorithm: string;
  isCurrent: boolean;
  notAfter: string;
  createdAt: string;
}

export function PortalCaPanel({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function rotate(domain: Row["domain"]) {
    startTransition(async () => {
      const result = await rotatePortalCaAction({ domain });
      if (result.ok) toast(t("certificates.portalCa.rotated", { domain }));
      else toast(actionErrorMessage(t, result), "error");
      router.refresh();
    });
  }

  return (
    <Card title={t("certificates.portalCa.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("certificates.portalCa.description")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="portal-ca-table">
          <caption className="sr-only">{t("certificates.portalCa.title")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.trustStore.columns.domain")}</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.portalCa.key")}</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.portalCa.created")}</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("certificates.trustStore.columns.validTo")}</th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="px-3 py-2">
                  <span className="me-2 font-semibold">{row.domain}</span>
                  {row.isCurrent ? <Badge tone="success">{t("certificates.portalCa.current")}</Badge> : <Badge>{t("certificates.portalCa.previous")}</Badge>}
                </td>
                <td className="px-3 py-2">{row.keyAlgorithm}</td>
                <td className="px-3 py-2">{row.createdAt}</td>
                <td className="px-3 py-2">{row.notAfter}</td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-center gap-3">
                    <a className="font-semibold text-brand-700 underline" href={`/v1/partnermanager/portal-ca-certificates/${row.domain}`} download>
                      {t("certificates.portalCa.download", { domain: row.domain })}
                    </a>
                    {row.isCurrent && (
                      <ConfirmDialog
                        trigger={t("certificates.portalCa.rotate", { domain: row.domain })}
                        title={t("certificates.portalCa.rotate", { domain: row.domain })}
                        confirmLabel={t("common.confirm")}
                        cancelLabel={t("common.cancel")}
                        variant="danger"
                        pending={pending}
                        onConfirm={() => rotate(row.domain)}
                      >
                        {t("certificates.portalCa.rotateConfirm", { domain: row.domain })}
                      </ConfirmDialog>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
