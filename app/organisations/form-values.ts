import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";

/** A failed form with lists (themes): what the user typed is kept, lists included. */
export type ListFormFailure = {
  ok: false;
  message?: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
};

export function listFormFailure(failure: Failure, values: Record<string, unknown>) {
  if (failure.error === "NOT_FOUND" || failure.error === "FORBIDDEN") throw data(null, { status: 404 });
  const typed: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string") typed[key] = value;
    else if (Array.isArray(value)) typed[key] = value.filter((v): v is string => typeof v === "string");
  }
  const body: ListFormFailure = {
    ok: false,
    message: failure.message ?? messageOf(failure.error),
    fields: failure.fields ?? {},
    values: typed,
  };
  return data(body, { status: 400 });
}
