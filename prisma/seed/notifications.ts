// Demo data for the notifications domain (embedded demo mode and the end-to-end tests); runs after the core accounts exist.
import type { AuditActor } from "../../lib/audit/service";

export async function seedNotifications(_actor: AuditActor): Promise<void> {}
