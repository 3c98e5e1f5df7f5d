import type { ErrorCode } from "./errors";

/**
 * Expected failures are values; exceptions are for bugs and infrastructure. A failure carries its
 * code in its type, so a use case's return type lists the codes it may answer
 * (`Result<Initiative, "NOT_FOUND" | "CONFLICT">`) and a route can be checked against the errors
 * it declares (decision record 0056). `E` defaults to every code for a result not narrowed yet.
 */
export type Failure<E extends ErrorCode = ErrorCode> = {
  ok: false;
  error: E;
  /** Per-field French messages for invalid input. */
  fields?: Record<string, string>;
  /** Extra detail that the caller may show (e.g. what blocks a transition). */
  details?: Record<string, unknown>;
  /** Overrides the catalogue message when the service knows better (already French). */
  message?: string;
};
export type Success<T> = { ok: true; value: T };
export type Result<T, E extends ErrorCode = ErrorCode> = Success<T> | Failure<E>;

/** The codes a result (or a function's awaited return) may fail with. */
export type ErrorOf<R> = R extends Failure<infer E> ? E : never;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = <const E extends ErrorCode>(
  error: E,
  extra: Omit<Failure, "ok" | "error"> = {},
): Failure<E> => ({
  ok: false,
  error,
  ...extra,
});
