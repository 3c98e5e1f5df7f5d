import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { parseFrenchDate } from "../../shared/time";

const v = fr.validation;
const figure = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 6 });
/** `2147483647` → `2 147 483 647`, as French writes figures. */
const number = (value: number | bigint) => figure.format(value);
const quoted = (value: unknown) => (typeof value === "string" ? `« ${value} »` : String(value));

/** `a, b ou c`. */
export function frenchList(values: readonly unknown[]): string {
  const shown = values.map(quoted);
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} ${v.or} ${shown.at(-1)}` : (shown[0] ?? "");
}

type Issue = z.core.$ZodRawIssue;

function typeMessage(issue: Issue & { expected?: string }): string {
  if (issue.input === undefined) return v.required;
  switch (issue.expected) {
    case "string":
      return v.text;
    case "number":
      return v.number;
    case "int":
      return v.integer;
    case "boolean":
      return v.boolean;
    case "array":
      return v.list;
    case "object":
      return v.group;
    case "date":
      return v.date;
    default:
      return v.wrongType;
  }
}

function sizeMessage(
  issue: Issue & { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean },
) {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === "string") {
    if (small) return limit <= 1 ? v.required : t(v.textTooShort, { min: number(limit) });
    const length = typeof issue.input === "string" ? issue.input.length : limit + 1;
    return t(v.textTooLong, { max: number(limit), length: number(length) });
  }
  if (issue.origin === "array" || issue.origin === "set") {
    if (small) return limit <= 1 ? v.listAtLeastOne : t(v.listAtLeast, { min: number(limit) });
    return t(v.listAtMost, { max: number(limit) });
  }
  if (issue.origin === "date") return v.date;
  if (small) return t(issue.inclusive === false ? v.numberAbove : v.numberAtLeast, { min: number(limit) });
  return t(issue.inclusive === false ? v.numberBelow : v.numberAtMost, { max: number(limit) });
}

function formatMessage(issue: Issue & { format?: string }): string {
  switch (issue.format) {
    case "email":
      return v.email;
    case "url":
      return v.url;
    case "uuid":
    case "guid":
      return v.uuid;
    case "date":
      return v.date;
    case "datetime":
      return v.dateTime;
    default:
      return v.format;
  }
}

/**
 * The French sentence for a validator issue no domain wrote a message for: what is wrong and
 * what to type, never the validator's own text (`Trop petit : nombre doit être >=0`).
 */
export function frenchIssueMessage(issue: Issue): string {
  const raw = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case "invalid_type":
      return typeMessage(raw);
    case "too_small":
    case "too_big":
      return sizeMessage(raw);
    case "invalid_format":
      return formatMessage(raw);
    case "invalid_value": {
      const values = (raw.values as unknown[]) ?? [];
      return values.length === 1
        ? t(v.exactly, { value: quoted(values[0]) })
        : t(v.oneOf, { values: frenchList(values) });
    }
    case "not_multiple_of":
      return t(v.multipleOf, { divisor: number(Number(raw.divisor)) });
    case "unrecognized_keys":
      return t(v.unknownFields, { keys: frenchList((raw.keys as string[]) ?? []) });
    case "invalid_element":
    case "invalid_key":
      return v.invalidElement;
    default:
      return v.invalid;
  }
}

// Every rule's default message, in forms and in the API alike.
z.config({ customError: frenchIssueMessage });

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
    if (key in out) {
      const existing = out[key];
      out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The largest value of a PostgreSQL `integer` column. */
export const INT32_MAX = 2_147_483_647;

/**
 * A whole number a column can hold (PostgreSQL `integer`): never past 2³¹ − 1, so a huge number
 * is a sentence for the person, not a database error.
 */
export const wholeNumber = (options: { min?: number; max?: number; message?: string } = {}) => {
  const error = options.message ? { error: options.message } : undefined;
  return z
    .number(error)
    .int(error)
    .min(options.min ?? -INT32_MAX - 1, error)
    .max(Math.min(options.max ?? INT32_MAX, INT32_MAX), error);
};

/** The version an edit started from (optimistic locking), as JSON number or form text. */
export const versionNumber = (message?: string) =>
  z.coerce
    .number(message ? { error: message } : undefined)
    .pipe(wholeNumber({ min: 1, message }))
    .describe("Version lue avant la modification");

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * A calendar day, typed `AAAA-MM-JJ` or the French way (`01/12/2026`, `1/12/26`), checked against
 * the calendar (no 30 February) and given back as `AAAA-MM-JJ`. Every date of every input goes
 * through this, so the database never sees a day it would refuse.
 */
export const calendarDate = (message: string = v.date) =>
  z
    .string({ error: message })
    .max(40, { error: message })
    .transform((value, ctx) => {
      const day = parseFrenchDate(value);
      if (day) return day;
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    })
    .meta({ format: "date" });

/** An optional calendar day: absent or blank (an empty form field) is `undefined`. */
export const optionalCalendarDate = (message?: string) =>
  z.preprocess((value) => (isBlank(value) ? undefined : value), calendarDate(message).optional());

/** A calendar day that may be cleared: absent, blank or null is `null`. */
export const nullableCalendarDate = (message?: string) =>
  z.preprocess((value) => (isBlank(value) ? null : value), calendarDate(message).nullable());

/** Whether a text holds a NUL byte, which PostgreSQL refuses in any text. */
export const hasNulByte = (value: string) => value.includes("\u0000");

/**
 * The path of the first NUL byte in a request's params, query or body (`title`, `themes.2`, or a
 * key itself), or null. Checked before any schema, for every API route and page form.
 */
export function nulBytePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return hasNulByte(value) ? path.join(".") || "_" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulBytePath(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (hasNulByte(key)) return [...path, key.replaceAll("\u0000", "\\u0000")].join(".");
      const found = nulBytePath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The input of a use case that parses it itself with its zod schema: the field names are known,
 * their values are whatever was posted (a page form's text, an API's JSON), checked by the parse.
 */
export type Unparsed<T> = { [K in keyof T]?: unknown };
