import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import type { Db } from "../db/database";
import { carrierCandidate } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type ChooseCarrierInput, chooseCarrierInput } from "./carrier-schemas";

const text = fr.carriers.journal;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Tx = Pick<Db, "select">;

async function findCandidate(tx: Tx, initiativeId: string, candidateId: string) {
  if (!uuidPattern.test(candidateId)) return undefined;
  const [row] = await tx
    .select()
    .from(carrierCandidate)
    .where(and(eq(carrierCandidate.id, candidateId), eq(carrierCandidate.initiativeId, initiativeId)));
  return row;
}

async function findLead(tx: Tx, initiativeId: string) {
  const [row] = await tx
    .select({ id: carrierCandidate.id, name: carrierCandidate.name })
    .from(carrierCandidate)
    .where(and(eq(carrierCandidate.initiativeId, initiativeId), eq(carrierCandidate.lead, true)));
  return row;
}

export type ChosenCarrier = { id: string; status: "chosen"; lead: boolean };

/**
 * Retains a carrier. Several may be retained (co-portage), one of them the lead carrier (chef de
 * file), to whom the project is handed over: the first one retained leads; a later one is a
 * co-carrier unless `lead` is asked, which makes it the lead while the former lead stays retained
 * as a co-carrier. Nobody is demoted silently, and each change is journaled.
 */
export async function chooseCarrier(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  candidateId: string,
  input: ChooseCarrierInput = {},
): Promise<Result<ChosenCarrier, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "carrier.choose");
  if (!loaded.ok) return loaded;
  const parsed = chooseCarrierInput.safeParse(input ?? {});
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx): Promise<Result<ChosenCarrier, "NOT_FOUND" | "WRITE_REFUSED">> => {
    const refused = await lockDossierForWrite(tx, initiativeId, "carrier.choose");
    if (refused) return refused;
    const candidate = await findCandidate(tx, initiativeId, candidateId);
    if (!candidate) return fail("NOT_FOUND");
    const lead = await findLead(tx, initiativeId);
    const becomesLead = candidate.lead || parsed.data.lead === true || !lead;
    if (candidate.status === "chosen" && candidate.lead === becomesLead) {
      return ok({ id: candidate.id, status: "chosen", lead: candidate.lead });
    }
    const previousLead = becomesLead && lead && lead.id !== candidate.id ? lead : null;
    // The former lead stays retained, as a co-carrier; the unique index allows one lead only.
    if (previousLead) {
      await tx.update(carrierCandidate).set({ lead: false }).where(eq(carrierCandidate.id, previousLead.id));
    }
    await tx
      .update(carrierCandidate)
      .set({ status: "chosen", lead: becomesLead, decidedAt: now })
      .where(eq(carrierCandidate.id, candidate.id));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: previousLead
        ? t(text.leadChanged, { name: candidate.name, previous: previousLead.name })
        : becomesLead
          ? t(text.chosen, { name: candidate.name })
          : t(text.coCarrier, { name: candidate.name, lead: lead?.name ?? "" }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ id: candidate.id, status: "chosen", lead: becomesLead });
  });
}

/**
 * Sets a candidate aside (`declined`), journaled. Declining the lead carrier leaves the retained
 * co-carriers without a lead until the team names one: the stage guard waits for it.
 */
export async function declineCarrier(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  candidateId: string,
): Promise<Result<{ id: string; status: "declined" }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "carrier.consider");
  if (!loaded.ok) return loaded;
  const now = deps.clock.now();
  return deps.db.transaction(
    async (tx): Promise<Result<{ id: string; status: "declined" }, "NOT_FOUND" | "WRITE_REFUSED">> => {
      const refused = await lockDossierForWrite(tx, initiativeId, "carrier.consider");
      if (refused) return refused;
      const candidate = await findCandidate(tx, initiativeId, candidateId);
      if (!candidate) return fail("NOT_FOUND");
      if (candidate.status === "declined") return ok({ id: candidate.id, status: "declined" });
      await tx
        .update(carrierCandidate)
        .set({ status: "declined", lead: false, decidedAt: now })
        .where(eq(carrierCandidate.id, candidate.id));
      await recordInitiativeEvent(tx, {
        initiativeId,
        kind: "carrier",
        note: t(candidate.lead ? text.declinedLead : text.declined, { name: candidate.name }),
        byUserId: actor.userId,
        at: now,
      });
      return ok({ id: candidate.id, status: "declined" });
    },
  );
}
