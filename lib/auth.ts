// next-auth configuration and the server-side principal of the current request.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createSession, resolveSessionToken, revokeSessionById } from "@/lib/auth/sessions";
import { sha256Hex } from "@/lib/auth/tokens";
import type { Principal, UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import type { Permission } from "@/lib/permissions";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: config.SESSION_HOURS * 3600 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "password",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const ip = headerValue(req?.headers?.["x-forwarded-for"])?.split(",")[0]?.trim() || "127.0.0.1";
          try {
            const user = await signInWithPassword({ identifier: credentials?.identifier ?? "", password: credentials?.password ?? "", ip });
            const { token } = await createSession({
              userId: user.id,
              kind: "WEB",
              ip,
              userAgent: headerValue(req?.headers?.["user-agent"]),
            });
            return { id: user.id, name: user.displayName, email: user.email, sid: token };
          } catch (error) {
            // next-auth hands the message to the browser as `error`; carry the code and values for the form.
            if (error instanceof AppError) throw new Error(JSON.stringify({ code: error.code, message: error.message, params: error.params ?? {} }));
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user && "sid" in user) token.sid = (user as { sid: string }).sid;
        return token;
      },
      // The browser learns nothing it does not already show; the session token stays in the httpOnly JWT.
      session({ session }) {
        return { expires: session.expires, user: { name: session.user?.name } };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSessionById(sha256Hex(token.sid));
      },
    },
  };
}

/** The raw session token inside the next-auth JWT cookie, if any. */
async function sessionTokenFromCookies(): Promise<string | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    const jwt = await decode({ token: raw, secret: env().AUTH_SECRET });
    return typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    return null;
  }
}

/** The caller of this request, checked against its session row (revocation applies at once). */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const token = await sessionTokenFromCookies();
  return token ? resolveSessionToken(token) : null;
});

export async function currentSessionToken(): Promise<string | null> {
  return sessionTokenFromCookies();
}

/** For pages: signed-in users only; others go to the sign-in page and come back. */
export async function requireUser(): Promise<UserPrincipal> {
  const principal = await currentPrincipal();
  if (!principal || principal.kind !== "user") {
    const path = (await headers()).get("x-pathname") ?? "/dashboard";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return principal;
}

/** For pages: the permission or a 403 page. */
export async function requirePagePermission(permission: Permission): Promise<UserPrincipal> {
  const user = await requireUser();
  if (!hasPermission(user, permission)) forbidden();
  return user;
}
