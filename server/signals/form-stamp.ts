import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The public form's minimum-time defence, with no third party: the page carries the time it was
 * served, signed with the installation's secret; a post sooner than a person could type, or a
 * stamp that was altered or is too old, is refused. Pure apart from the HMAC.
 */
export const FORM_MIN_MS = 2_000;
export const FORM_MAX_MS = 24 * 60 * 60 * 1000;

const sign = (secret: string, issuedAt: number) =>
  createHmac("sha256", secret).update(`signal-form:${issuedAt}`).digest("base64url");

export function signFormStamp(secret: string, now: Date): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(secret, issuedAt)}`;
}

export type StampCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormStamp(secret: string, stamp: unknown, now: Date): StampCheck {
  if (typeof stamp !== "string") return "invalid";
  const [time, signature] = stamp.split(".");
  const issuedAt = Number(time);
  if (!signature || !Number.isSafeInteger(issuedAt)) return "invalid";
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now.getTime() - issuedAt;
  if (age < FORM_MIN_MS) return "tooFast";
  if (age > FORM_MAX_MS) return "expired";
  return "ok";
}

/** A client address as an HMAC: enough to count attempts, useless to find who it was. */
export const clientKeyOf = (secret: string, ip: string) =>
  createHmac("sha256", secret).update(`signal-client:${ip}`).digest("base64url");
