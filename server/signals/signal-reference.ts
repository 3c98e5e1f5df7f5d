import { sql } from "drizzle-orm";
import { parisYear } from "../../shared/time";
import type { Db } from "../db/database";
import { signalReferenceCounter } from "../db/schema";
import { fabriqueReferencePrefix } from "../network/reference-prefix";

export const formatReference = (prefix: string, year: number, number: number) =>
  `${prefix}-${year}-${String(number).padStart(4, "0")}`;

/**
 * The next reference of a Fabrique for a year, e.g. `ADR-2026-0001`. One upsert increments the
 * counter and returns it, so two submissions at once never get the same number.
 */
export async function nextSignalReference(db: Db, fabrique: { id: string; slug: string }, at: Date) {
  const year = parisYear(at);
  const [row] = await db
    .insert(signalReferenceCounter)
    .values({ fabriqueId: fabrique.id, year, last: 1 })
    .onConflictDoUpdate({
      target: [signalReferenceCounter.fabriqueId, signalReferenceCounter.year],
      set: { last: sql`${signalReferenceCounter.last} + 1` },
    })
    .returning({ last: signalReferenceCounter.last });
  return formatReference(await fabriqueReferencePrefix(db, fabrique), year, row!.last);
}
