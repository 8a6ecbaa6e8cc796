// Test helpers for notifications, email and webhooks: a real SMTP server, a local webhook receiver, expiring rows.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import type { Mailer } from "@/lib/mail/transport";
import { runOnce } from "@/lib/worker/run-once";
import { createTestPolicyGroup, uniqueSuffix } from "@/tests/factories";

// ---- Email: a real SMTP server on 127.0.0.1, started by the test ----

export interface ReceivedMail {
  envelopeTo: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes non-ASCII headers. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const index = line.indexOf(":");
    if (index > 0) headers.set(line.slice(0, index).trim().toLowerCase(), line.slice(index + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Enough MIME for nodemailer's output: headers, and the text and HTML parts of a multipart/alternative body. */
export function parseMail(raw: string, envelopeTo: string[] = []): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  let text = "";
  let html = "";
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [`${raw.slice(0, split)}\n\n${body}`];
  for (const part of parts) {
    const cut = part.replace(/^\r?\n/, "").search(/\r?\n\r?\n/);
    const trimmed = part.replace(/^\r?\n/, "");
    const partHeaders = parseHeaders(trimmed.slice(0, cut));
    const content = decodeBody(trimmed.slice(cut).replace(/^\r?\n\r?\n/, ""), partHeaders.get("content-transfer-encoding"));
    if ((partHeaders.get("content-type") ?? "").startsWith("text/html")) html = content;
    else text = content;
  }
  return { envelopeTo, headers, subject: decodeEncodedWords(headers.get("subject") ?? ""), text, html, raw };
}

export interface SmtpSink {
  url: string;
  messages: ReceivedMail[];
  /** The next `count` messages are refused with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          return;
        }
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count) => {
      refusals = count;
    },
    to: (address) => messages.filter((m) => m.envelopeTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- Webhooks: a local receiver on 127.0.0.1 ----

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Status codes for the next requests, in order; afterwards 200. */
  answerWith(...statuses: number[]): void;
  /** Forgets the requests received and the answers queued. */
  reset(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(path = "/hooks/portal"): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const queue: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = queue.shift() ?? 200;
      if (status >= 300 && status < 400) res.setHeader("location", "http://127.0.0.1:9/elsewhere");
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "receiver says no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    answerWith: (...statuses) => queue.push(...statuses),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- The outbox ----

/** A mailer that accepts everything and keeps nothing, for draining other tests' emails. */
export const discardMailer: Mailer = { kind: "file", target: "/dev/null", send: async () => ({ messageId: randomUUID() }), close: () => {} };

/** Delivers everything already due (earlier tests' rows), so that a test sees only its own. */
export async function drainOutbox(mailer: Mailer = discardMailer): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const r = await runOnce({ mailer, scheduledJobs: false, fetch: async () => new Response("ok") });
    if (r.emails.sent + r.emails.retrying + r.emails.failed + r.eventsQueued + r.webhooks.delivered + r.webhooks.retrying + r.webhooks.failed === 0) return;
  }
  throw new Error("the outbox did not drain");
}

export async function pendingEmailsTo(address: string): Promise<number> {
  return db.outboxMessage.count({ where: { channel: "EMAIL", status: "PENDING", payload: { path: ["to"], equals: address } } });
}

// ---- Rows that expire (other domains' tables, written directly: these tests are about reminders, not issuance) ----

const DAY = 86_400_000;

export function daysFrom(now: Date, days: number, extraHours = 1): Date {
  return new Date(now.getTime() + days * DAY + extraHours * 3600_000);
}

// Rows written here are removed by removeExpiringRows(): a fake CA certificate left in the trust store
// would break other domains' tests that parse every stored certificate.
const created = { apiKeys: [] as string[], policies: [] as string[], caCertificates: [] as string[] };

export async function removeExpiringRows(): Promise<void> {
  await db.apiKey.deleteMany({ where: { id: { in: created.apiKeys.splice(0) } } });
  await db.policy.deleteMany({ where: { id: { in: created.policies.splice(0) } } });
  await db.caCertificate.deleteMany({ where: { id: { in: created.caCertificates.splice(0) } } });
}

export async function createExpiringApiKey(partnerId: string, expiresAt: Date): Promise<{ id: string; label: string }> {
  const group = await createTestPolicyGroup();
  const policy = await db.policy.create({
    data: { policyGroupId: group.id, name: `policy-${uniqueSuffix()}`, description: "test", type: "AUTH", policyJson: {}, status: "PUBLISHED", publishedAt: new Date() },
  });
  const label = `key-${uniqueSuffix()}`;
  const key = await db.apiKey.create({
    data: { partnerId, policyId: policy.id, label, keyHash: randomBytes(32).toString("hex"), prefix: "pk_test_", lastFour: "abcd", expiresAt },
    select: { id: true },
  });
  created.policies.push(policy.id);
  created.apiKeys.push(key.id);
  return { id: key.id, label };
}

export async function createExpiringCaCertificate(notAfter: Date, kind: "ROOT" | "INTERMEDIATE" = "ROOT"): Promise<{ id: string; issuedTo: string }> {
  const issuedTo = `Test CA ${uniqueSuffix()}`;
  const row = await db.caCertificate.create({
    data: {
      domain: "AUTH",
      kind,
      subject: `CN=${issuedTo}`,
      issuer: `CN=${issuedTo}`,
      issuedTo,
      issuedBy: issuedTo,
      serialNumber: uniqueSuffix(),
      notBefore: new Date(notAfter.getTime() - 365 * DAY),
      notAfter,
      thumbprint: randomBytes(32).toString("hex"),
      der: new Uint8Array([0x30, 0x00]),
      keyType: "RSA-2048",
    },
    select: { id: true },
  });
  created.caCertificates.push(row.id);
  return { id: row.id, issuedTo };
}
