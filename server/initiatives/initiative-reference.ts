import { sql } from "drizzle-orm";
import { parisYear } from "../../shared/time";
import type { Db } from "../db/database";
import { initiativeReferenceCounter } from "../db/schema";
import { fabriqueReferencePrefix } from "../network/reference-prefix";

/**
 * The next initiative reference of a Fabrique for a year, e.g. `ADR-P-2026-001` (the `P` tells a
 * projet from a remontée `ADR-2026-0001`). One upsert increments the counter, race-free.
 */
export async function nextInitiativeReference(
  db: Pick<Db, "insert" | "select" | "update" | "transaction">,
  fabrique: { id: string; slug: string },
  at: Date,
) {
  const year = parisYear(at);
  const [row] = await db
    .insert(initiativeReferenceCounter)
    .values({ fabriqueId: fabrique.id, year, last: 1 })
    .onConflictDoUpdate({
      target: [initiativeReferenceCounter.fabriqueId, initiativeReferenceCounter.year],
      set: { last: sql`${initiativeReferenceCounter.last} + 1` },
    })
    .returning({ last: initiativeReferenceCounter.last });
  return `${await fabriqueReferencePrefix(db, fabrique)}-P-${year}-${String(row!.last).padStart(3, "0")}`;
}
