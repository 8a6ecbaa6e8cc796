// Shared steps for the browser journeys: sign in as a demo account, check accessibility, make unique ids.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD } from "../prisma/demo-accounts";

export { DEMO_PASSWORD };

export const DEMO = {
  admin: "admin@portal.demo",
  policyManager: "policy@portal.demo",
  authPartner: "auth@bank.demo",
  credentialPartner: "print@cards.demo",
  deviceProvider: "devices@bio.demo",
  ftmProvider: "chips@ftm.demo",
  mispPartner: "misp@telecom.demo",
} as const;

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/email or username/i).fill(identifier);
  await page.getByLabel(/^password/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/** WCAG 2.2 AA through axe; fails the test with the list of violations. */
export async function expectAccessible(page: Page) {
  // The title is streamed after the body; wait for it so that axe sees the finished page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A MOSIP-envelope API call from the test process, with a token from useridPwd. */
export async function apiToken(baseURL: string, userName: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseURL}/v1/authmanager/authenticate/useridPwd`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `10.99.${Math.floor(Math.random() * 250)}.1` },
    body: JSON.stringify({ request: { userName, password, appId: "partner" } }),
  });
  const body = (await response.json()) as { response: { token: string } };
  return body.response.token;
}
