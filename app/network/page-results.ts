import { data } from "react-router";
import type { Result } from "../../server/core/result";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";

/**
 * How this domain's pages answer a service's failure. A page someone may not see answers 404,
 * whether the row is another Fabrique's (NOT_FOUND) or the page is the animator's (FORBIDDEN).
 */
export function valueOr404<T>(result: Result<T>): T {
  if (!result.ok) throw data(null, { status: 404 });
  return result.value;
}

/**
 * The `?done=…` flag a redirect after a successful post carries, if it is one the page knows. An
 * address with the flag's old name (`?fait=…`) is redirected (308) to the new one first.
 */
export function doneFlag<K extends string>(request: Request, known: readonly K[]): K | null {
  redirectRenamedParams(request, renamedParams.done);
  const value = new URL(request.url).searchParams.get("done");
  return known.find((k) => k === value) ?? null;
}

export function notFound(): never {
  throw data(null, { status: 404 });
}
