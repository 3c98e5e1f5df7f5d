import pino, { type Logger } from "pino";

/** Structured JSON logs on stdout; each HTTP request logs with its request id (`reqId`). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "essaim" },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
      censor: "[masqué]",
    },
  });
}
