import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { model, outcome } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type RecordOutcomeInput, recordOutcomeInput } from "./carrier-schemas";
import { directoryProblems } from "./directory-check";

const text = fr.carriers.outcome;

/**
 * Records what the launch produced: a new organisation, a new activity of an existing one, or the
 * replication of a published catalogue model (which fills that model's lineage), with the jobs
 * created in hundredths of FTE. In the launch stage (and corrected in the follow-up's): until then
 * the activity does not exist. Recording it again updates it; a model proposed from it stays.
 */
export async function recordOutcome(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<RecordOutcomeInput>,
): Promise<Result<{ kind: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "outcome.record");
  if (!loaded.ok) return loaded;
  const parsed = recordOutcomeInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const data = parsed.data;
  const fields: Record<string, string> = {};
  if (data.kind === "replication") {
    if (!data.modelId) fields.modelId = text.modelRequired;
    else {
      const [row] = await deps.db
        .select({ status: model.status })
        .from(model)
        .where(eq(model.id, data.modelId));
      if (row?.status !== "published") fields.modelId = text.modelNotPublished;
    }
  } else if (data.modelId) {
    fields.modelId = text.modelNotExpected;
  }
  if (data.insertionJobs > data.jobs) fields.insertionJobs = text.fteOver;
  if (data.disabilityJobs > data.jobs) fields.disabilityJobs = text.fteOver;
  const problems = await directoryProblems(deps, loaded.value.initiative.fabriqueId, {
    organisationId: data.organisationId,
  });
  Object.assign(fields, problems ?? {});
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });

  const now = deps.clock.now();
  const values = {
    kind: data.kind,
    modelId: data.modelId,
    organisationId: data.organisationId,
    activityName: data.activityName,
    openedOn: data.openedOn,
    jobsFteHundredths: data.jobs,
    insertionFteHundredths: data.insertionJobs,
    disabilityFteHundredths: data.disabilityJobs,
    note: data.note,
    recordedByUserId: actor.userId,
    recordedAt: now,
  };
  return deps.db.transaction(async (tx): Promise<Result<{ kind: string }, "NOT_FOUND" | "WRITE_REFUSED">> => {
    const refused = await lockDossierForWrite(tx, initiativeId, "outcome.record");
    if (refused) return refused;
    await tx
      .insert(outcome)
      .values({ initiativeId, ...values })
      .onConflictDoUpdate({ target: outcome.initiativeId, set: values });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "outcome",
      note: t(fr.carriers.journal.outcome, {
        kind: text.kinds[data.kind],
        activity: data.activityName,
        date: formatDate(data.openedOn),
      }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ kind: data.kind });
  });
}
