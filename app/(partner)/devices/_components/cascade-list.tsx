"use client";
// What deactivating an SBI does to its devices, listed in the confirmation before it happens (SPEC journey 6).
import { useI18n } from "@/lib/i18n/client";

export function CascadeList({ version, toDeactivate, toReject }: { version: string; toDeactivate: string[]; toReject: string[] }) {
  const { t } = useI18n();
  return (
    <div className="space-y-2" data-testid="cascade-list">
      <p>{t("devices.sbi.deactivateBody", { version })}</p>
      {toDeactivate.length > 0 && (
        <>
          <p className="font-semibold">{t("devices.sbi.cascadeDeactivate", { count: toDeactivate.length })}</p>
          <ul className="list-disc ps-5" data-testid="cascade-deactivate">
            {toDeactivate.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {toReject.length > 0 && (
        <>
          <p className="font-semibold">{t("devices.sbi.cascadeReject", { count: toReject.length })}</p>
          <ul className="list-disc ps-5" data-testid="cascade-reject">
            {toReject.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {toDeactivate.length === 0 && toReject.length === 0 && <p>{t("devices.sbi.cascadeNone")}</p>}
    </div>
  );
}
