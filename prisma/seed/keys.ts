// Demo data for the keys domain (embedded demo mode and the end-to-end tests); runs after the core accounts exist.
import type { AuditActor } from "../../lib/audit/service";

export async function seedKeys(_actor: AuditActor): Promise<void> {}
