// The admin audit log: filters, paging, a look at a change, and the CSV export of what the filters select.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DEMO, expectAccessible, signIn } from "./fixtures";

test("an admin filters the audit log by partner and time, opens a change and exports the selection as CSV", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Partner ID").fill("demo-bank");
  await page.getByLabel("Entity type").selectOption("Partner");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/partner=demo-bank/);
  const firstRow = page.getByRole("row").nth(1);
  await expect(firstRow).toContainText("demo-bank");
  await expect(page.getByRole("cell", { name: "partner.registered" })).toBeVisible();
  await page.getByText("Show change").first().click();
  await expect(page.getByText("After", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // Sorting and paging answer.
  await page.getByRole("link", { name: /Sort by Action/ }).click();
  await expect(page.getByRole("columnheader", { name: /Action/ })).toHaveAttribute("aria-sort", "ascending");

  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("audit-export").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trim().split("\r\n");
  expect(header).toBe("id,at,actorUserId,actorLabel,action,entityType,entityId,partnerId,before,after,requestId,ip,prevHash,hash");
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((line) => line.includes(",Partner,demo-bank,demo-bank,"))).toBe(true);

  // A time range in the future selects nothing.
  await page.getByLabel("From (UTC date)").fill("2999-01-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
});
