import { data } from "react-router";
import type { Result } from "../../server/core/result";

/**
 * How this domain's pages answer a service's failure. A page someone may not see answers 404,
 * whether the row is another Fabrique's (NOT_FOUND) or the page is the animator's (FORBIDDEN).
 */
export function valueOr404<T>(result: Result<T>): T {
  if (!result.ok) throw data(null, { status: 404 });
  return result.value;
}

/** The `?fait=…` flag a redirect after a successful post carries, if it is one the page knows. */
export function doneFlag<K extends string>(request: Request, known: readonly K[]): K | null {
  const value = new URL(request.url).searchParams.get("fait");
  return known.find((k) => k === value) ?? null;
}

export function notFound(): never {
  throw data(null, { status: 404 });
}
