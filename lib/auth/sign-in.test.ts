import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { deactivatePartner } from "@/lib/partners/service";
import { createTestPartner, testActor, TEST_PASSWORD } from "@/tests/factories";

async function attempt(identifier: string, password: string, ip: string) {
  return signInWithPassword({ identifier, password, ip }).then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e : Promise.reject(e)),
  );
}

describe("sign-in", () => {
  it("accepts the email (any case) or the username", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    expect(await attempt(partner.email.toUpperCase(), TEST_PASSWORD, "10.9.0.1")).toBe("ok");
    expect(await attempt(partner.id, TEST_PASSWORD, "10.9.0.1")).toBe("ok");
  });

  it("locks an account after repeated failures and says until when", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt(partner.email, "wrong-password-123", `10.8.0.${i}`));
    expect((results[0] as AppError).code).toBe("KER-ATH-401");
    const locked = results[4] as AppError;
    expect(locked.code).toBe("KER-ATH-429");
    expect(locked.params?.until).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Even the right password is refused while locked.
    const after = (await attempt(partner.email, TEST_PASSWORD, "10.8.1.1")) as AppError;
    expect(after.code).toBe("KER-ATH-429");
    expect(after.message).toContain("Try again at");
  });

  it("limits failures per IP across accounts", async () => {
    const ip = `10.7.${Math.floor(Math.random() * 250)}.1`;
    let last: unknown;
    for (let i = 0; i < 30; i++) last = await attempt(`nobody-${i}@test.local`, "wrong-password-123", ip);
    expect((last as AppError).code).toBe("KER-ATH-429");
  });

  it("refuses a deactivated partner's user with a clear reason", async () => {
    const { partner } = await createTestPartner("DEVICE_PROVIDER");
    await deactivatePartner(partner.id, testActor());
    const error = (await attempt(partner.email, TEST_PASSWORD, "10.6.0.1")) as AppError;
    expect(error.code).toBe("PMS_PMP_016");
    expect(error.message).toContain(partner.id);
  });
});
