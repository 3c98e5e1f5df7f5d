/**
 * Whether an error means the database cannot be reached (stopped, restarting, dropped, network
 * down) rather than a bug: the request then answers 503 with `Retry-After`, never 500 (issue 14,
 * hole 8). Drizzle wraps the driver's error in `cause`; every level is looked at.
 */
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "3D000", // the database no longer exists
  "53300", // too_many_connections
]);

const unreachableMessages = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  /connection (?:is )?closed/i,
];

export const RETRY_AFTER_SECONDS = 10;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (unreachableCodes.has(code) || code.startsWith("08"))) return true;
    if (typeof message === "string" && unreachableMessages.some((pattern) => pattern.test(message)))
      return true;
    const nested = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(nested) && nested.some((e) => isDatabaseUnavailable(e))) return true;
    current = cause;
  }
  return false;
}
