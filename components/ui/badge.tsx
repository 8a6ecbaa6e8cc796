import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type Tone = "neutral" | "success" | "warning" | "danger" | "info";

const tones: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  success: "bg-green-50 text-green-800 ring-green-600/30",
  warning: "bg-amber-50 text-amber-900 ring-amber-600/30",
  danger: "bg-red-50 text-red-800 ring-red-600/30",
  info: "bg-brand-50 text-brand-800 ring-brand-600/30",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={cx("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset", tones[tone])}>{children}</span>;
}

export const STATUS_TONES: Record<string, Tone> = {
  ACTIVE: "success",
  APPROVED: "success",
  PUBLISHED: "success",
  PENDING_CERTIFICATE: "warning",
  PENDING_APPROVAL: "warning",
  PENDING: "warning",
  DRAFT: "info",
  DEACTIVATED: "neutral",
  REJECTED: "danger",
};
