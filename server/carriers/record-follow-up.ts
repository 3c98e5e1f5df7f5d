import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { followUp, outcome } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type RecordFollowUpInput, recordFollowUpInput } from "./carrier-schemas";

/**
 * Records the follow-up indicators at 6, 12 or 36 months after the launch (activity still
 * running, jobs by kind, turnover band or revenue, people served), in the follow-up stage. The team or the carrier records them; recording a
 * milestone again updates it.
 */
export async function recordFollowUp(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<RecordFollowUpInput>,
): Promise<
  Result<{ milestoneMonths: number }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "edit", "followUp.record");
  if (!loaded.ok) return loaded;
  const parsed = recordFollowUpInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const [launched] = await deps.db
    .select({ id: outcome.initiativeId })
    .from(outcome)
    .where(eq(outcome.initiativeId, initiativeId));
  if (!launched) {
    return fail("INVALID_INPUT", {
      message: fr.carriers.followUp.needsOutcome,
      fields: { milestoneMonths: fr.carriers.followUp.needsOutcome },
    });
  }
  const data = parsed.data;
  const now = deps.clock.now();
  const values = {
    measuredOn: data.measuredOn,
    stillRunning: data.stillRunning,
    jobsFteHundredths: data.jobs,
    insertionFteHundredths: data.insertionJobs,
    disabilityFteHundredths: data.disabilityJobs,
    turnoverBand: data.turnoverBand,
    revenueCents: data.revenue,
    beneficiaries: data.beneficiaries,
    note: data.note,
    recordedByUserId: actor.userId,
    recordedAt: now,
  };
  return deps.db.transaction(
    async (tx): Promise<Result<{ milestoneMonths: number }, "NOT_FOUND" | "WRITE_REFUSED">> => {
      const refused = await lockDossierForWrite(tx, initiativeId, "followUp.record");
      if (refused) return refused;
      await tx
        .insert(followUp)
        .values({ initiativeId, milestoneMonths: data.milestoneMonths, ...values })
        .onConflictDoUpdate({ target: [followUp.initiativeId, followUp.milestoneMonths], set: values });
      await recordInitiativeEvent(tx, {
        initiativeId,
        kind: "follow_up",
        note: t(fr.carriers.journal.followUp, {
          months: data.milestoneMonths,
          date: formatDate(data.measuredOn),
        }),
        byUserId: actor.userId,
        at: now,
      });
      return ok({ milestoneMonths: data.milestoneMonths });
    },
  );
}
