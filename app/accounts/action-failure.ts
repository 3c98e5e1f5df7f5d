import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";
import type { FormFailure } from "../ui/form";

/**
 * A failed account form: status 400, the French messages, and what was typed except secrets
 * (passwords are never sent back to the browser). `attempt` changes on every post so the page
 * can empty its password fields after each failure.
 */
export function actionFailure(
  failure: Failure,
  values: Record<string, unknown>,
  context: { requestId: string },
  keep: readonly string[],
) {
  const typed: Record<string, string> = {};
  for (const key of keep) {
    const value = values[key];
    if (typeof value === "string") typed[key] = value;
  }
  const body: FormFailure & { attempt: string } = {
    ok: false,
    message: failure.message ?? messageOf(failure.error),
    fields: failure.fields ?? {},
    values: typed,
    attempt: context.requestId,
  };
  if (failure.error === "RATE_LIMITED") {
    const retryAfter = Number(failure.details?.retryAfterSeconds ?? 60);
    return data(body, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  return data(body, { status: 400 });
}

export type AccountFormFailure = FormFailure & { attempt: string };

/** The user agent, kept with a session so one can tell sessions apart later. */
export const userAgentOf = (request: Request) => request.headers.get("user-agent");
