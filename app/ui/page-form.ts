import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";
import { formToObject } from "../../server/core/validation";
import type { FormFailure, FormValues } from "./form";

/**
 * How every page form is handled (decision record 0052): the action reads the post once with
 * `readForm`, hands `form.text(…)`/`form.list(…)` to the service (which parses with its zod schema
 * and answers a `Result`), and turns a failure into the one reply shape with `replyFailure`. The
 * page reads it with `useActionData<typeof action>()`, no cast.
 */
export type PostedForm = {
  /** What the user typed, text and lists (files left out): sent back when the form fails. */
  values: FormValues;
  /** Everything posted (files included, `_csrf` left out), for a service that parses it whole. */
  input: Record<string, unknown>;
  /** A text field, "" when absent (or a list or a file). */
  text(name: string): string;
  /** A text field, `undefined` when absent or left empty. */
  optional(name: string): string | undefined;
  /** Every value of a field (checkboxes, repeated names), files left out. */
  list(name: string): string[];
  /** An uploaded file, `null` when none was chosen. */
  file(name: string): File | null;
};

/** Reads the post once: what the action hands to services and what a failure sends back. */
export async function readForm(request: Request): Promise<PostedForm> {
  const formData = await request.formData();
  return postedForm(formToObject(formData));
}

export function postedForm(input: Record<string, unknown>): PostedForm {
  const values = typedValues(input);
  const text = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value : "";
  };
  return {
    values,
    input,
    text,
    optional: (name) => text(name) || undefined,
    list: (name) => {
      const value = values[name];
      return value === undefined ? [] : Array.isArray(value) ? value : [value];
    },
    file: (name) => {
      const value = input[name];
      return value instanceof File && (value.size > 0 || value.name !== "") ? value : null;
    },
  };
}

function typedValues(input: Record<string, unknown>): FormValues {
  const typed: FormValues = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string") typed[key] = value;
    else if (Array.isArray(value)) typed[key] = value.filter((v): v is string => typeof v === "string");
  }
  return typed;
}

export type ReplyOptions<Extra extends object> = {
  /**
   * FORBIDDEN answers the 404 page by default (a page someone may not see does not reveal itself);
   * `"explain"` shows the refusal in the form instead, on pages the user may see.
   */
  forbidden?: "not-found" | "explain";
  /** NOT_FOUND answers the 404 page by default; `"explain"` keeps it in the form (sign-in, tokens). */
  notFound?: "not-found" | "explain";
  /** A service's field name → the form's field name (`submitter.email` → `submitterEmail`). */
  rename?: Record<string, string>;
  /**
   * Field names are the form's own nested names (`revenues.0.unitPrice` in the forecast editor):
   * kept whole instead of shown on their first part.
   */
  nestedFields?: boolean;
  /** Only these fields are sent back (account forms: never a password). */
  keep?: readonly string[];
  /** What else the page needs to show the failure (the intent posted, the version saved meanwhile). */
  extra?: Extra;
};

/** Errors the form shows above its fields, keeping what was typed, with status 409. */
const refusedWrites: readonly Failure["error"][] = ["CONFLICT", "WRITE_REFUSED", "TRANSITION_REFUSED"];

/**
 * The one place a service's failure becomes a page's answer: NOT_FOUND (and FORBIDDEN unless
 * explained) throws the 404 page; CONFLICT, WRITE_REFUSED and TRANSITION_REFUSED answer 409,
 * RATE_LIMITED 429 with Retry-After, anything else (INVALID_INPUT…) 400, each with the French
 * message, the message per field (nested names such as `themes.0` on the field the user sees) and
 * everything typed, so the form is shown again with nothing lost.
 */
export function replyFailure<Extra extends object = Record<never, never>>(
  failure: Failure,
  form: Pick<PostedForm, "values">,
  options: ReplyOptions<Extra> = {},
) {
  const hidden =
    (failure.error === "NOT_FOUND" && options.notFound !== "explain") ||
    (failure.error === "FORBIDDEN" && options.forbidden !== "explain");
  if (hidden) throw data(null, { status: 404 });
  const { values } = form;
  const body: FormFailure & Extra = {
    ok: false,
    error: failure.error,
    message: failure.message ?? messageOf(failure.error),
    fields: options.nestedFields
      ? { ...failure.fields }
      : fieldMessages(failure.fields ?? {}, options.rename ?? {}),
    values: options.keep ? pick(values, options.keep) : values,
    ...(failure.details ? { details: failure.details } : {}),
    ...(options.extra as Extra),
  };
  if (failure.error === "RATE_LIMITED") {
    const retryAfter = Number(failure.details?.retryAfterSeconds ?? 60);
    return data(body, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  return data(body, { status: refusedWrites.includes(failure.error) ? 409 : 400 });
}

function fieldMessages(fields: Record<string, string>, rename: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const first = key.split(".")[0] ?? key;
    const field = rename[key] ?? rename[first] ?? first;
    if (!(field in out)) out[field] = message;
  }
  return out;
}

function pick(values: FormValues, keep: readonly string[]): FormValues {
  const out: FormValues = {};
  for (const key of keep) {
    const value = values[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
