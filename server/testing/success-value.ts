import type { Result } from "../core/result";

/** The value of a result a test expects to succeed; otherwise the test fails, showing the failure. */
export function successValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}
