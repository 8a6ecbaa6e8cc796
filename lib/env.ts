// The validated environment: the only module that reads process.env for configuration.
import { z } from "zod";

const days = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET must be at least 32 characters (openssl rand -base64 48)" }),
  MASTER_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, { message: "MASTER_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)" }),
  KEY_HASH_SECRET: z.string().min(32, { message: "KEY_HASH_SECRET must be at least 32 characters" }),
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  DEMO_MODE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  API_KEY_DEFAULT_DAYS: days(365),
  API_KEY_MAX_DAYS: days(730),
  MISP_LICENSE_DAYS: days(365),
  // Connections of the key verifier's own pool, per process (portal or lean verification server).
  VERIFY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Port of the lean verification server (npm run verify-server), a second entry point to the verifier.
  VERIFY_SERVER_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  CA_MIN_REMAINING_DAYS: days(365),
  PARTNER_CERT_MIN_REMAINING_DAYS: days(30),
  SESSION_HOURS: days(8),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: days(5),
  SIGNIN_MAX_FAILURES_PER_IP: days(30),
  SIGNIN_WINDOW_MINUTES: days(15),
  REGISTRATIONS_PER_IP_PER_HOUR: days(20),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Partner Portal <no-reply@localhost>"),
  // Without SMTP_URL, emails are written as .eml files here instead of sent (docs/notifications.md).
  MAIL_CAPTURE_DIR: z.string().default(".data/mail"),
  // The outbox worker starts with the app unless disabled (then run `npm run worker` as its own process).
  WORKER_ENABLED: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  WORKER_POLL_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed once; a missing or malformed variable stops the server with a message naming it. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}
