"use client";
// Draws a certificate chain (leaf first) with the problems found on each link, in the user's language.
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { useI18n } from "@/lib/i18n/client";
import { findingText } from "@/lib/certificates/finding-text";

export interface ChainNode {
  subject: string;
  issuer: string;
  commonName: string | null;
  notBefore: string;
  notAfter: string;
  publicKey: { type: string; bits: number | null; curve: string | null };
  signatureAlgorithm: string;
  thumbprintSha256: string;
  isCA: boolean;
  selfSigned: boolean;
}

export interface ChainFinding {
  code: string;
  message: string;
  params: Record<string, string | number>;
  certIndex?: number;
  errorCode?: string;
}

function keyLabel(key: ChainNode["publicKey"]): string {
  return key.curve ? `${key.type} ${key.curve}` : key.bits ? `${key.type} ${key.bits}` : key.type;
}

export function ChainView({ chain, findings, reachedRoot, testId }: { chain: ChainNode[]; findings: ChainFinding[]; reachedRoot: boolean; testId?: string }) {
  const { t } = useI18n();
  // Findings without a link belong to the certificate itself; path findings to the last link drawn.
  const at = (i: number) => findings.filter((f) => Math.min(f.certIndex ?? 0, Math.max(chain.length - 1, 0)) === i);
  return (
    <ol className="space-y-0" data-testid={testId} aria-label={t("certificates.chain.label")}>
      {chain.map((node, i) => {
        const problems = at(i);
        const role = i === 0 ? t("certificates.chain.yours") : node.selfSigned ? t("certificates.chain.root") : t("certificates.chain.intermediate");
        return (
          <li key={`${node.thumbprintSha256}-${i}`} className="relative ps-8">
            <span
              aria-hidden="true"
              className={cx("absolute start-1 top-3 h-4 w-4 rounded-full border-2", problems.length ? "border-red-700 bg-red-100" : "border-green-700 bg-green-100")}
            />
            {i < chain.length - 1 && <span aria-hidden="true" className="absolute start-[0.6rem] top-7 h-[calc(100%-1rem)] w-0.5 bg-slate-300" />}
            <div className={cx("mb-3 rounded-md border p-3", problems.length ? "border-red-300 bg-red-50" : "border-slate-200 bg-white")}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{role}</span>
                <Badge tone={problems.length ? "danger" : "success"}>{problems.length ? t("certificates.chain.problems", { count: problems.length }) : t("certificates.chain.ok")}</Badge>
              </div>
              <p className="mt-1 break-all font-mono text-sm text-slate-900">{node.subject}</p>
              <p className="text-xs text-slate-600">
                {t("certificates.chain.issuedBy", { issuer: node.issuer })} · {t("certificates.chain.validity", { from: node.notBefore.slice(0, 10), to: node.notAfter.slice(0, 10) })} ·{" "}
                {keyLabel(node.publicKey)} · {node.signatureAlgorithm}
              </p>
              {problems.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-red-800">
                  {problems.map((f, k) => (
                    <li key={k}>
                      {findingText(t, f)}
                      {f.errorCode && <span className="ms-1 font-mono text-xs text-red-700">({f.errorCode})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
      {!reachedRoot && (
        <li className="relative ps-8">
          <span aria-hidden="true" className="absolute start-1 top-3 h-4 w-4 rounded-full border-2 border-dashed border-red-700" />
          <p className="rounded-md border border-dashed border-red-300 p-3 text-sm text-red-800">{t("certificates.chain.noRoot")}</p>
        </li>
      )}
    </ol>
  );
}
