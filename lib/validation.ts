// Helpers shared by forms and pipelines for turning zod issues into field errors.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { translateFieldMessage } from "@/lib/i18n/field-message";
import { translateEnglish } from "@/lib/i18n/translate";

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** One English sentence for the REST API's errors[]. */
export function zodMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const text = translateFieldMessage(translateEnglish, i.message);
      return i.path.length ? `${i.path.join(".")}: ${text}` : text;
    })
    .join("; ");
}
