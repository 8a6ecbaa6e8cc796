"use client";
// Holds a reissued license key above the table: the row that asked for it is replaced when the list refreshes (its key
// is now deactivated), so the dialog must not live in the row.
import { useRouter } from "next/navigation";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { SecretOnceDialog } from "@/app/(partner)/api-keys/secret-once-dialog";

const ShowSecretContext = createContext<(issued: { secret: string; partnerId: string }) => void>(() => {});

export function ReissuedSecretProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const router = useRouter();
  const [issued, setIssued] = useState<{ secret: string; partnerId: string } | null>(null);
  return (
    <ShowSecretContext.Provider value={setIssued}>
      {children}
      <SecretOnceDialog
        secret={issued?.secret ?? null}
        label={issued ? t("misp.secretLabel", { partnerId: issued.partnerId }) : ""}
        onClose={() => {
          setIssued(null);
          router.refresh();
        }}
      />
    </ShowSecretContext.Provider>
  );
}

export function useShowReissuedSecret() {
  return useContext(ShowSecretContext);
}
