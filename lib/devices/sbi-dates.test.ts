import { describe, expect, it } from "vitest";
import { isSbiExpired, parseDay, sbiDateViolations } from "@/lib/devices/sbi-dates";

const now = new Date("2026-11-30T15:30:00Z");
const day = (s: string) => parseDay(s)!;
const codes = (created: string, expires: string) => sbiDateViolations(day(created), day(expires), now).map((v) => `${v.field}:${v.code}`);

describe("SBI date rules (SPEC journey 6)", () => {
  it("accepts created today and expiry tomorrow, and the 10-year bounds exactly", () => {
    expect(codes("2026-11-30", "2026-12-01")).toEqual([]);
    expect(codes("2016-11-30", "2036-11-30")).toEqual([]);
  });

  it("refuses a created date in the future (PMS_AUT_514)", () => {
    expect(codes("2026-12-01", "2027-12-01")).toEqual(["swCreatedAt:PMS_AUT_514"]);
  });

  it("refuses a created date more than 10 years back (PMS_AUT_516)", () => {
    expect(codes("2016-11-29", "2027-01-01")).toEqual(["swCreatedAt:PMS_AUT_516"]);
  });

  it("refuses an expiry on or before the created date (PMS_AUT_507)", () => {
    expect(codes("2026-11-30", "2026-11-30")).toContain("swExpiresAt:PMS_AUT_507");
    expect(codes("2026-06-01", "2026-05-31")).toContain("swExpiresAt:PMS_AUT_507");
  });

  it("refuses an expiry today or in the past (PMS_AUT_508)", () => {
    expect(codes("2025-01-01", "2026-11-30")).toEqual(["swExpiresAt:PMS_AUT_508"]);
    expect(codes("2025-01-01", "2026-01-01")).toEqual(["swExpiresAt:PMS_AUT_508"]);
  });

  it("refuses an expiry more than 10 years ahead (PMS_AUT_515)", () => {
    expect(codes("2026-11-30", "2036-12-01")).toEqual(["swExpiresAt:PMS_AUT_515"]);
  });

  it("reports one problem per field, the first MOSIP checks", () => {
    expect(codes("2027-01-01", "2040-01-01")).toEqual(["swCreatedAt:PMS_AUT_514", "swExpiresAt:PMS_AUT_515"]);
  });

  it("compares calendar days in UTC, whatever the time of day", () => {
    expect(sbiDateViolations(new Date("2026-11-30T23:59:59Z"), new Date("2026-12-01T00:00:01Z"), new Date("2026-11-30T00:00:01Z"))).toEqual([]);
    expect(isSbiExpired(new Date("2026-11-30T00:00:00Z"), now)).toBe(false);
    expect(isSbiExpired(new Date("2026-11-29T23:59:59Z"), now)).toBe(true);
  });

  it("parses only real calendar days", () => {
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(parseDay("30/11/2026")).toBeNull();
  });
});
