import { createHash, randomBytes } from "node:crypto";

/**
 * Random bearer secrets (session cookies, API tokens, invitation and reset links). Only their
 * SHA-256 is stored, so a database leak does not hand out working credentials.
 */
export function generateSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
