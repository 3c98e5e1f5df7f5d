import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";

/**
 * A failed catalogue form: status 400 (409 for an edit made on a stale version), the French messages, and everything typed, lists
 * included (checked boxes stay checked), so nothing is lost. NOT_FOUND answers 404.
 */
export type CatalogueFormFailure = {
  ok: false;
  /** The failure's code: the edit form reads CONFLICT to show the version saved meanwhile. */
  error?: Failure["error"];
  message?: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
  details?: Record<string, unknown>;
};

export function catalogueFormFailure(
  failure: Failure,
  values: Record<string, unknown>,
  rename: Record<string, string> = {},
) {
  if (failure.error === "NOT_FOUND") throw data(null, { status: 404 });
  const typed: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string") typed[key] = value;
    else if (Array.isArray(value)) typed[key] = value.filter((v): v is string => typeof v === "string");
  }
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(failure.fields ?? {})) {
    // "themes.0" → "themes": the message belongs to the field the user sees.
    const field = rename[key.split(".")[0]!] ?? key.split(".")[0]!;
    if (!(field in fields)) fields[field] = message;
  }
  const body: CatalogueFormFailure = {
    ok: false,
    error: failure.error,
    message: failure.message ?? messageOf(failure.error),
    fields,
    values: typed,
    details: failure.details,
  };
  return data(body, { status: failure.error === "CONFLICT" ? 409 : 400 });
}

/** A typed value as a list (checkboxes) or a string (text fields). */
export const listValue = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
export const textValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(", ") : value;
