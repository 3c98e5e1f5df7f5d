import { data } from "react-router";
import { messageOf } from "../../server/core/errors";
import type { Failure, Result } from "../../server/core/result";
import type { FormFailure } from "../ui/form";

/**
 * How this domain's pages answer a service's failure. A page someone may not see answers 404,
 * whether the row is another Fabrique's (NOT_FOUND) or the page is the animator's (FORBIDDEN).
 */
export function valueOr404<T>(result: Result<T>): T {
  if (!result.ok) throw data(null, { status: 404 });
  return result.value;
}

/**
 * A failed form post: status 400, the French messages, what the user typed (with the form's
 * intent). NOT_FOUND answers 404; so does FORBIDDEN on pages that must not reveal themselves
 * (the animator's), while a page the user may see explains the refusal instead.
 */
export function formFailure(
  failure: Failure,
  values: Record<string, unknown>,
  options: { forbiddenAsNotFound: boolean } = { forbiddenAsNotFound: true },
) {
  if (failure.error === "NOT_FOUND") throw data(null, { status: 404 });
  if (failure.error === "FORBIDDEN" && options.forbiddenAsNotFound) throw data(null, { status: 404 });
  const typed = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value : ""]),
  );
  const body: FormFailure = {
    ok: false,
    message: failure.message ?? messageOf(failure.error),
    fields: failure.fields ?? {},
    values: typed,
  };
  return data(body, { status: 400 });
}

/** The `?fait=…` flag a redirect after a successful post carries, if it is one the page knows. */
export function doneFlag<K extends string>(request: Request, known: readonly K[]): K | null {
  const value = new URL(request.url).searchParams.get("fait");
  return known.find((k) => k === value) ?? null;
}

export function notFound(): never {
  throw data(null, { status: 404 });
}

/**
 * A form post handed to a service as its input type: the service parses it with its zod schema
 * and answers INVALID_INPUT with French field messages, so the page need not parse it twice.
 */
export function formInput<T>(values: Record<string, unknown>): T {
  return values as T;
}
