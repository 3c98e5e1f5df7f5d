import pino, { type Logger } from "pino";

/**
 * Errors as logged: never the values a query was given, nor the row a constraint quoted. Drizzle's
 * query errors carry the SQL and its parameters (`params`, and a message ending with them), and
 * PostgreSQL's errors quote values in `detail` ("Key (email)=(…) already exists"): submitters'
 * personal data ended up in the logs (issue 14, hole 8). The SQL text, codes and names stay.
 */
export function serializeError(error: unknown): unknown {
  const base = pino.stdSerializers.err(error as Error) as Record<string, unknown> | undefined;
  if (!base || typeof base !== "object") return base;
  const { params: _params, detail: _detail, where: _where, ...rest } = base;
  const cleaned: Record<string, unknown> = { ...rest };
  if (typeof cleaned.message === "string") cleaned.message = withoutValues(cleaned.message);
  if (typeof cleaned.stack === "string") {
    // The causes' messages are folded into the stack: keep the frames, never their values.
    cleaned.stack = cleaned.stack
      .split("\n")
      .map((line) => (/^\s+at /.test(line) ? line : withoutValues(line)))
      .join("\n");
  }
  const cause = (error as { cause?: { code?: unknown; constraint?: unknown; table?: unknown } } | null)
    ?.cause;
  if (cause && typeof cause === "object") {
    cleaned.causeCode = cause.code;
    if (cause.constraint) cleaned.causeConstraint = cause.constraint;
    if (cause.table) cleaned.causeTable = cause.table;
  }
  return cleaned;
}

/**
 * Drizzle writes "Failed query: <sql>\nparams: <values>": keep the query, drop the values;
 * PostgreSQL quotes the value it could not read (`invalid input syntax for type integer: "…"`).
 */
function withoutValues(text: string): string {
  return text.replace(/params: .*/g, "params: [masqués]").replace(/: "(?:[^"\\]|\\.)*"/g, ': "[masqué]"');
}

/** Structured JSON logs on stdout; each HTTP request logs with its request id (`reqId`). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "essaim" },
    serializers: { err: serializeError, error: serializeError },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
      censor: "[masqué]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
