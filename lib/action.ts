// The server-action pipeline: authenticate → check the permission → parse with zod → call the service → typed result.
import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { currentPrincipal } from "@/lib/auth";
import type { Principal, UserPrincipal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/principal";
import { AppError, forbidden, unauthenticated, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Permission } from "@/lib/permissions";
import { requestContextFrom, type RequestContext } from "@/lib/request-context";
import { zodFieldErrors } from "@/lib/validation";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors };

export interface ActionContext<P extends Principal | null> {
  principal: P;
  request: RequestContext;
}

interface Options<S extends z.ZodType> {
  schema: S;
  /**
   * A permission; "signed-in" for actions any signed-in user may take on their own rows (notifications);
   * null for the few public actions (registration), which still get the principal if there is one.
   */
  permission: Permission | "signed-in" | null;
}

export function failure(error: unknown, requestId: string): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, params: error.params, fieldErrors: error.fieldErrors };
  }
  log.error("action failed", { requestId, error: error instanceof Error ? error.stack : String(error) });
  return { ok: false, code: "INTERNAL", message: `Something went wrong on our side. Quote this reference if you contact support: ${requestId}.` };
}

export function action<S extends z.ZodType, T>(
  options: Options<S> & { permission: Permission | "signed-in" },
  handler: (input: z.infer<S>, ctx: ActionContext<UserPrincipal>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>>;
export function action<S extends z.ZodType, T>(
  options: Options<S> & { permission: null },
  handler: (input: z.infer<S>, ctx: ActionContext<Principal | null>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>>;
export function action<S extends z.ZodType, T>(
  options: Options<S>,
  handler: (input: z.infer<S>, ctx: ActionContext<never>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const request = requestContextFrom(await headers());
    try {
      const principal = await currentPrincipal();
      if (options.permission) {
        if (!principal || principal.kind !== "user") throw unauthenticated();
        if (options.permission !== "signed-in" && !hasPermission(principal, options.permission)) throw forbidden();
      }
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: zodFieldErrors(parsed.error) };
      }
      const data = await handler(parsed.data, { principal, request } as ActionContext<never>);
      return { ok: true, data };
    } catch (error) {
      return failure(error, request.requestId);
    }
  };
}
