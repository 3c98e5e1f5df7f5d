import { z } from "zod";

// French messages for every zod rule, in forms and in the API alike.
z.config(z.locales.fr());

/** Flatten a zod error into `{ "field.path": "message" }`, the first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

/** Read a form post into a plain object (repeated names become arrays) for a zod schema. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key === "_csrf") continue;
    const v = typeof value === "string" ? value : value;
    if (key in out) {
      const existing = out[key];
      out[key] = Array.isArray(existing) ? [...existing, v] : [existing, v];
    } else {
      out[key] = v;
    }
  }
  return out;
}
