import type { ErrorCode } from "./errors";

/** Expected failures are values; exceptions are for bugs and infrastructure. */
export type Failure = {
  ok: false;
  error: ErrorCode;
  /** Per-field French messages for invalid input. */
  fields?: Record<string, string>;
  /** Extra detail that the caller may show (e.g. what blocks a transition). */
  details?: Record<string, unknown>;
  /** Overrides the catalogue message when the service knows better (already French). */
  message?: string;
};
export type Success<T> = { ok: true; value: T };
export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = (error: ErrorCode, extra: Omit<Failure, "ok" | "error"> = {}): Failure => ({
  ok: false,
  error,
  ...extra,
});
