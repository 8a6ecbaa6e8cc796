// Says a failed action's error in the user's language when the catalogue knows its code, else in the service's words.
import { translateFieldMessage } from "@/lib/i18n/field-message";
import type { Translate } from "@/lib/i18n/translate";

interface FailedAction {
  code: string;
  message: string;
  params?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
}

export function actionErrorMessage(t: Translate, result: FailedAction): string {
  const key = `errors.${result.code}`;
  const translated = t(key, result.params);
  return translated === key ? result.message : translated;
}

/** Field errors of a failed action, translated: zod keys for validation failures, the error code's message otherwise. */
export function actionFieldErrors(t: Translate, result: FailedAction): [string, string][] {
  return Object.entries(result.fieldErrors ?? {}).map(([field, text]) => [
    field,
    result.code === "VALIDATION" ? translateFieldMessage(t, text) : actionErrorMessage(t, result),
  ]);
}
