import { Badge, type Tone } from "@/components/ui/badge";

const TONES: Record<string, Tone> = { ACTIVE: "success", EXPIRED: "warning", DEACTIVATED: "neutral" };

/** Active, expired (derived from the expiry date) or deactivated, for API keys and MISP license keys alike. */
export function KeyStatusBadge({ status, label }: { status: "ACTIVE" | "EXPIRED" | "DEACTIVATED"; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
