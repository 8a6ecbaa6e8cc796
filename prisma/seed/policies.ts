// Demo data for the policies domain (embedded demo mode and the end-to-end tests); runs after the core accounts exist.
import type { AuditActor } from "../../lib/audit/service";

export async function seedPolicies(_actor: AuditActor): Promise<void> {}
