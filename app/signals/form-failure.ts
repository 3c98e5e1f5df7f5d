import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";

/**
 * A failed signal form: the French message per field the user sees, and everything typed (lists
 * included), so nothing is lost. The API's nested names (`submitter.email`, `territory.code`,
 * `themes.0`) become the form's field names.
 */
export type SignalFormFailure = {
  ok: false;
  error: string;
  message?: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
};

const nestedNames: Record<string, string> = {
  "submitter.name": "submitterName",
  "submitter.email": "submitterEmail",
  "submitter.type": "submitterType",
};

export function formFieldOf(key: string): string {
  return nestedNames[key] ?? key.split(".")[0]!;
}

export function typedValues(values: Record<string, unknown>): Record<string, string | string[]> {
  const typed: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string") typed[key] = value;
    else if (Array.isArray(value)) typed[key] = value.filter((v): v is string => typeof v === "string");
  }
  return typed;
}

export function signalFormFailure(failure: Failure, values: Record<string, unknown>, status = 400) {
  if (failure.error === "NOT_FOUND") throw data(null, { status: 404 });
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(failure.fields ?? {})) {
    const field = formFieldOf(key);
    if (!(field in fields)) fields[field] = message;
  }
  const body: SignalFormFailure = {
    ok: false,
    error: failure.error,
    message: failure.message ?? messageOf(failure.error),
    fields,
    values: typedValues(values),
  };
  return data(body, { status });
}

export const listValue = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
export const textValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(", ") : value;
