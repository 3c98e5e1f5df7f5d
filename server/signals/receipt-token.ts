import { createHash, createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";

/**
 * The token a submitter holds for their own signal (decision records 0038, 0117): the receipt
 * page and the follow-up link answer to it and to nothing else, so references cannot be probed.
 * It is an HMAC of the signal's id under the installation's secret (as unguessable as random
 * bytes), stored only as its SHA-256, and computed again to put the link in a later mail.
 */
export function followUpToken(secret: string, signalId: string): { token: string; hash: string } {
  const token = createHmac("sha256", secret).update(`signal-follow-up:${signalId}`).digest("base64url");
  return { token, hash: hashReceiptToken(token) };
}

export const hashReceiptToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The reference a token was given for, if it is one of this Fabrique's signals; else undefined. */
export async function findReceipt(
  deps: Pick<Deps, "db">,
  fabriqueSlug: string,
  token: string | undefined,
): Promise<{ reference: string } | undefined> {
  if (!token || !/^[\w-]{43}$/.test(token)) return undefined;
  const [row] = await deps.db
    .select({ reference: signal.reference })
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(and(eq(signal.receiptTokenHash, hashReceiptToken(token)), eq(fabrique.slug, fabriqueSlug)));
  return row;
}
