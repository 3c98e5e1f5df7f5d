import { eq } from "drizzle-orm";
import type { Db } from "../db/database";
import { signal, signalEvent } from "../db/schema";
import { insertSignal } from "../signals/insert-signal";
import { demoDay, demoFabriqueRefs, demoSignals } from "./demo-pipeline-data";

/**
 * The demo's signals, at their stated dates and statuses (converted ones are converted when their
 * initiative is seeded). Returns their ids by key.
 */
export async function seedDemoSignals(db: Db) {
  const ids = new Map<string, string>();
  for (const s of demoSignals) {
    const owner = demoFabriqueRefs[s.fabrique];
    const at = demoDay(s.on);
    const row = await insertSignal({ db, clock: { now: () => at } }, owner, {
      kind: s.kind,
      title: s.title,
      description: s.description,
      territoryKind: "commune",
      territoryCode: s.commune,
      themes: s.themes,
      channel: s.channel,
      sourceOrganisation: s.source,
      createdByUserId: s.channel === "public_form" ? null : owner.officer,
    });
    await db.update(signal).set({ createdAt: at, updatedAt: at }).where(eq(signal.id, row.id));
    await db.update(signalEvent).set({ at }).where(eq(signalEvent.signalId, row.id));
    if (s.status !== "new" && s.status !== "converted") {
      await db
        .update(signal)
        .set({ status: s.status, wakeUpOn: s.wakeUpOn ?? null, statusChangedAt: at })
        .where(eq(signal.id, row.id));
      await db.insert(signalEvent).values({
        signalId: row.id,
        fromStatus: "new",
        toStatus: s.status,
        reason: s.status === "parked" ? "En attente de la fin des travaux de rénovation urbaine." : "",
        byUserId: owner.officer,
        at,
      });
    }
    ids.set(s.key, row.id);
  }
  return ids;
}
