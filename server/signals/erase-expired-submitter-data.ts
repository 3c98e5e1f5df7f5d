import { and, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { SUBMITTER_DATA_RETENTION_YEARS } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { signal, signalEvent } from "../db/schema";

/** The instant before which a signal's last exchange puts its submitter's data past retention. */
export function retentionLimit(now: Date, years = SUBMITTER_DATA_RETENTION_YEARS): Date {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return limit;
}

/**
 * Erases the submitter's personal data (name, e-mail, the receipt link's token) of every signal
 * whose last exchange (`updated_at`, the latest write on the signal) is older than the retention
 * the public form states, with a journal line per signal; the signal keeps its content. All in one
 * transaction, so a run stopped midway erases nothing it does not journal. Returns how many
 * signals were erased. Run every night by the `submitter-retention` job.
 */
export async function eraseExpiredSubmitterData(deps: Pick<Deps, "db" | "clock">): Promise<number> {
  const now = deps.clock.now();
  const reason = t(fr.signals.detail.submitterErased, { years: SUBMITTER_DATA_RETENTION_YEARS });
  return deps.db.transaction(async (tx) => {
    const erased = await tx
      .update(signal)
      .set({
        submitterName: "",
        submitterEmail: "",
        receiptTokenHash: null,
        updatedAt: now,
        // An edit begun before the erasure must not write the data back.
        version: sql`${signal.version} + 1`,
      })
      .where(
        and(
          lt(signal.updatedAt, retentionLimit(now)),
          or(ne(signal.submitterName, ""), ne(signal.submitterEmail, ""), isNotNull(signal.receiptTokenHash)),
        ),
      )
      .returning({ id: signal.id, status: signal.status });
    if (erased.length) {
      await tx.insert(signalEvent).values(
        erased.map((row) => ({
          signalId: row.id,
          fromStatus: row.status,
          toStatus: row.status,
          reason,
          at: now,
        })),
      );
    }
    return erased.length;
  });
}
