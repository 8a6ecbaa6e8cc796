// Password sign-in shared by the browser (next-auth) and the REST token endpoint, rate-limited per account and per IP.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { blockedUntil, countEvent, resetLimit } from "@/lib/auth/rate-limit";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";

export interface SignInInput {
  identifier: string; // email or username
  password: string;
  ip: string;
}

function tooManyAttempts(until: Date): AppError {
  const at = until.toISOString();
  return new AppError("rate_limited", "KER-ATH-429", `Too many failed sign-in attempts. Try again at ${at.slice(11, 16)} UTC (${at}).`, {
    params: { until: at },
  });
}

export async function signInWithPassword({ identifier, password, ip }: SignInInput) {
  const config = env();
  const normalized = identifier.trim().toLowerCase();
  const accountKey = `signin:account:${normalized}`;
  const ipKey = `signin:ip:${ip}`;

  const blocked = [await blockedUntil(accountKey), await blockedUntil(ipKey)].filter((d): d is Date => d !== null);
  if (blocked.length > 0) throw tooManyAttempts(new Date(Math.max(...blocked.map((d) => d.getTime()))));

  const user = await db.user.findFirst({
    where: { OR: [{ email: normalized }, { username: normalized }] },
    omit: { passwordHash: false },
    include: { memberships: { include: { partner: true }, take: 1, orderBy: { createdAt: "asc" } } },
  });
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

  if (!user || !passwordOk || !user.isActive) {
    const untilAccount = await countEvent(accountKey, config.SIGNIN_MAX_FAILURES_PER_ACCOUNT, config.SIGNIN_WINDOW_MINUTES);
    const untilIp = await countEvent(ipKey, config.SIGNIN_MAX_FAILURES_PER_IP, config.SIGNIN_WINDOW_MINUTES);
    const until = untilAccount ?? untilIp;
    if (until) throw tooManyAttempts(until);
    throw new AppError("unauthenticated", "KER-ATH-401", "The email, username or password is not correct.");
  }

  const partner = user.memberships[0]?.partner;
  if (partner?.status === "DEACTIVATED") {
    throw new AppError("forbidden", "PMS_PMP_016", `Partner ${partner.id} has been deactivated by the partner admin; you cannot sign in to act for it.`, {
      params: { partnerId: partner.id },
    });
  }

  await resetLimit(accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  const { passwordHash: _omit, ...safe } = user;
  return safe;
}
