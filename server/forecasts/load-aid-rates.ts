import { and, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { aidRate } from "../db/schema";
import { aidRateSeeds } from "./seed/aid-rates";

/** Bump when `seed/aid-rates.ts` changes, so existing installations take the new rates. */
export const AID_RATES_REFERENCE_VERSION = 1;
export const AID_RATES_REFERENCE_KEY = "reference.aid-rates";

/**
 * Loads the aid-per-post reference rates. Idempotent: a missing code is inserted; a stored rate is
 * replaced only when it is of an older year and no animator has edited it (their figure wins).
 */
export async function loadAidRates(db: Db): Promise<{ rates: number }> {
  await db.transaction(async (tx) => {
    for (const seed of aidRateSeeds) {
      await tx
        .insert(aidRate)
        .values(seed)
        .onConflictDoUpdate({
          target: aidRate.code,
          set: {
            label: seed.label,
            contractKinds: seed.contractKinds,
            annualAmountCents: seed.annualAmountCents,
            year: seed.year,
            source: seed.source,
            sourceUrl: seed.sourceUrl,
            note: seed.note,
            updatedAt: sql`now()`,
          },
          setWhere: and(isNull(aidRate.updatedByUserId), lt(aidRate.year, seed.year)),
        });
    }
  });
  return { rates: aidRateSeeds.length };
}
