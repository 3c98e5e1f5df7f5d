import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { carrierCandidate, handover } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type RecordHandoverInput, recordHandoverInput } from "./carrier-schemas";

const text = fr.carriers;

/**
 * Records the handover (transmission) to the lead carrier: what is transferred, on which
 * conditions, on which day. In the handover stage only; the team or the carrier records it (what
 * the carrier receives is theirs to state too). Recording it again replaces it (the journal keeps
 * each version).
 */
export async function recordHandover(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<RecordHandoverInput>,
): Promise<
  Result<{ carrierCandidateId: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "edit", "handover.record");
  if (!loaded.ok) return loaded;
  const parsed = recordHandoverInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { transferred, conditions, handedOverOn } = parsed.data;
  const items = [...new Set(transferred)];
  const now = deps.clock.now();
  return deps.db.transaction(
    async (
      tx,
    ): Promise<Result<{ carrierCandidateId: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> => {
      const refused = await lockDossierForWrite(tx, initiativeId, "handover.record");
      if (refused) return refused;
      const [chosen] = await tx
        .select({ id: carrierCandidate.id, name: carrierCandidate.name })
        .from(carrierCandidate)
        .where(
          and(
            eq(carrierCandidate.initiativeId, initiativeId),
            eq(carrierCandidate.status, "chosen"),
            eq(carrierCandidate.lead, true),
          ),
        );
      if (!chosen) {
        return fail("INVALID_INPUT", {
          message: text.handoverNeedsCarrier,
          fields: { carrierCandidateId: text.handoverNeedsCarrier },
        });
      }
      const values = {
        carrierCandidateId: chosen.id,
        transferred: items,
        conditions,
        handedOverOn,
        recordedByUserId: actor.userId,
        recordedAt: now,
      };
      await tx
        .insert(handover)
        .values({ initiativeId, ...values })
        .onConflictDoUpdate({ target: handover.initiativeId, set: values });
      await recordInitiativeEvent(tx, {
        initiativeId,
        kind: "handover",
        note: t(text.journal.handover, {
          name: chosen.name,
          date: formatDate(handedOverOn),
          items: items.map((item) => text.items[item]).join(", ") || "—",
        }),
        byUserId: actor.userId,
        at: now,
      });
      return ok({ carrierCandidateId: chosen.id });
    },
  );
}
