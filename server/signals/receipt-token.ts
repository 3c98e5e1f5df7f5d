import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";

/**
 * The token a public submitter holds for their own signal (decision record 0038): 32 random
 * bytes, given once, stored only as its SHA-256. The receipt page answers to it and to nothing
 * else, so references cannot be probed; the follow-up link for submitters will reuse it.
 */
export function newReceiptToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
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
