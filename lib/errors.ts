// Typed errors thrown by services; the pipelines turn them into form errors or MOSIP envelopes.

export type ErrorKind =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "unprocessable"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "internal";

export const HTTP_STATUS: Record<ErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  unprocessable: 422,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string>;

export interface AppErrorOptions {
  /** The form field the error belongs to, when there is one. */
  field?: string;
  /** Values for the message catalogue (errors.<code>) so the UI can say it in the user's language. */
  params?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  /** MOSIP's error code where a MOSIP client would look for one, else our own. */
  readonly code: string;
  readonly field?: string;
  readonly params?: Record<string, string | number>;
  readonly fieldErrors?: FieldErrors;

  constructor(kind: ErrorKind, code: string, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = "AppError";
    this.kind = kind;
    this.code = code;
    this.field = options.field;
    this.params = options.params;
    this.fieldErrors = options.fieldErrors ?? (options.field ? { [options.field]: message } : undefined);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.kind];
  }
}

export const notFound = (what: string, code = "PMS_COR_404") => new AppError("not_found", code, `${what} was not found.`);

export const unauthenticated = () =>
  new AppError("unauthenticated", "KER-ATH-401", "Authentication is required: sign in or send a valid token.");

export const forbidden = () => new AppError("forbidden", "KER-ATH-403", "You are not allowed to do this.");

/** A conditional update that changed nothing: someone else moved the object first. */
export const staleTransition = (what: string, code = "PMS_STATE_CHANGED") =>
  new AppError("conflict", code, `${what} was changed by someone else in the meantime; reload and try again.`);
