// Where emails go: an SMTP server (SMTP_URL), or, without one, .eml files under MAIL_CAPTURE_DIR (the demo mode's capture).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { env } from "@/lib/env";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Sent as Content-Language, so that mail clients and tests can tell the language. */
  locale: string;
  /** The notification type, as X-Portal-Notification. */
  type: string;
}

export interface Mailer {
  readonly kind: "smtp" | "file";
  /** Where the mail goes, without credentials, for logs. */
  readonly target: string;
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

function message(email: OutgoingEmail) {
  return {
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: {
      "Content-Language": email.locale,
      "X-Portal-Notification": email.type,
      // RFC 3834: out-of-office robots must not answer.
      "Auto-Submitted": "auto-generated",
    },
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(unparseable SMTP_URL)";
  }
}

export function createSmtpMailer(url: string, from: string): Mailer {
  // Bounded timeouts: a hung server must not hold the worker's claim past its lease (lib/worker/run-once.ts).
  const transport = createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }, { from });
  return {
    kind: "smtp",
    target: redact(url),
    async send(email) {
      const info = await transport.sendMail(message(email));
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

export function createFileMailer(directory: string, from: string): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: "unix" }, { from });
  const dir = path.resolve(directory);
  return {
    kind: "file",
    target: dir,
    async send(email) {
      const info = await transport.sendMail(message(email));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const safeTo = email.to.replace(/[^\w.@-]/g, "_");
      const id = info.messageId.replace(/[^\w.-]/g, "").slice(0, 60);
      await writeFile(path.join(dir, `${stamp}-${safeTo}-${id}.eml`), info.message as Buffer);
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/** SMTP when SMTP_URL is set (an empty value counts as unset), else the file capture. */
export function mailerFromEnv(): Mailer {
  const config = env();
  return config.SMTP_URL ? createSmtpMailer(config.SMTP_URL, config.MAIL_FROM) : createFileMailer(config.MAIL_CAPTURE_DIR, config.MAIL_FROM);
}
