import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listServiceClients } from "@/lib/service-clients/queries";
import { CreateServiceClientForm } from "./create-service-client-form";
import { DeactivateClientButton } from "./deactivate-client-button";

export default async function ServiceClientsPage() {
  await requirePagePermission("service-clients.manage");
  const t = await getT();
  const locale = await getLocale();
  const clients = await listServiceClients();
  const headings = [t("serviceClients.clientId"), t("serviceClients.name"), t("serviceClients.permissions"), t("common.status"), t("serviceClients.createdAt"), t("common.actions")];

  return (
    <div className="space-y-6">
      <PageHeader title={t("serviceClients.title")} description={t("serviceClients.intro")} />
      <Card title={t("serviceClients.createTitle")}>
        <CreateServiceClientForm />
      </Card>
      <Card title={t("serviceClients.listTitle")}>
        {clients.length === 0 ? (
          <p className="text-sm text-slate-700">{t("serviceClients.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t("serviceClients.listTitle")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {headings.map((heading) => (
                    <th key={heading} scope="col" className="px-3 py-2 text-start font-semibold text-slate-800">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {clients.map((client) => (
                  <tr key={client.id}>
                    <td className="px-3 py-2 font-mono">{client.clientId}</td>
                    <td className="px-3 py-2">{client.name}</td>
                    <td className="px-3 py-2 font-mono text-xs">{client.permissions.join(", ")}</td>
                    <td className="px-3 py-2">
                      <Badge tone={client.isActive ? "success" : "neutral"}>{client.isActive ? t("serviceClients.active") : t("serviceClients.inactive")}</Badge>
                    </td>
                    <td className="px-3 py-2">{formatDate(client.createdAt, locale)}</td>
                    <td className="px-3 py-2">{client.isActive ? <DeactivateClientButton id={client.id} clientId={client.clientId} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
