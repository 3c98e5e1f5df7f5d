import { and, eq, ne } from "drizzle-orm";
import { fr } from "../../app/i18n/fr";
import { t } from "../../app/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { carrierCandidate } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";

const text = fr.studies.carrier.journal;

async function findCandidate(deps: Pick<Deps, "db">, initiativeId: string, candidateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(candidateId)) return undefined;
  const [row] = await deps.db
    .select()
    .from(carrierCandidate)
    .where(and(eq(carrierCandidate.id, candidateId), eq(carrierCandidate.initiativeId, initiativeId)));
  return row;
}

/**
 * Chooses the carrier: this candidate becomes `chosen`; the one chosen before (if any) goes back
 * to `considered`, the declined stay declined. Changing one's mind is allowed and journaled.
 */
export async function chooseCarrier(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  candidateId: string,
): Promise<Result<{ id: string; status: "chosen" }>> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team");
  if (!loaded.ok) return loaded;
  const candidate = await findCandidate(deps, initiativeId, candidateId);
  if (!candidate) return fail("NOT_FOUND");
  if (candidate.status === "chosen") return ok({ id: candidate.id, status: "chosen" });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const previous = await tx
      .update(carrierCandidate)
      .set({ status: "considered", decidedAt: now })
      .where(
        and(
          eq(carrierCandidate.initiativeId, initiativeId),
          eq(carrierCandidate.status, "chosen"),
          ne(carrierCandidate.id, candidate.id),
        ),
      )
      .returning({ name: carrierCandidate.name });
    await tx
      .update(carrierCandidate)
      .set({ status: "chosen", decidedAt: now })
      .where(eq(carrierCandidate.id, candidate.id));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: previous[0]
        ? t(text.changed, { name: candidate.name, previous: previous.map((p) => p.name).join(", ") })
        : t(text.chosen, { name: candidate.name }),
      byUserId: actor.userId,
      at: now,
    });
  });
  return ok({ id: candidate.id, status: "chosen" });
}

/** Sets a candidate aside (`declined`), journaled; declining the chosen one leaves none chosen. */
export async function declineCarrier(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  candidateId: string,
): Promise<Result<{ id: string; status: "declined" }>> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team");
  if (!loaded.ok) return loaded;
  const candidate = await findCandidate(deps, initiativeId, candidateId);
  if (!candidate) return fail("NOT_FOUND");
  if (candidate.status === "declined") return ok({ id: candidate.id, status: "declined" });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(carrierCandidate)
      .set({ status: "declined", decidedAt: now })
      .where(eq(carrierCandidate.id, candidate.id));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: t(text.declined, { name: candidate.name }),
      byUserId: actor.userId,
      at: now,
    });
  });
  return ok({ id: candidate.id, status: "declined" });
}
