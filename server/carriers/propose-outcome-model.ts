import { and, desc, eq, isNull } from "drizzle-orm";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { createModel } from "../catalogue/create-model";
import { themeCodes } from "../catalogue/reference/themes";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { organisation, outcome, studyVersion } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";

const text = fr.carriers.outcome;

/**
 * "Proposer au catalogue": a launched initiative whose outcome is a new model (not the replication
 * of one) becomes a draft catalogue model, through the catalogue's own proposal service, prefilled
 * from the initiative, its outcome and its latest study. The draft's id is kept on the outcome.
 */
export async function proposeOutcomeModel(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  initiativeId: string,
): Promise<
  Result<{ modelId: string }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "outcome.proposeModel");
  if (!loaded.ok) return loaded;
  const row = loaded.value.initiative;
  const [launched] = await deps.db
    .select({
      kind: outcome.kind,
      activityName: outcome.activityName,
      proposedModelId: outcome.proposedModelId,
      jobs: outcome.jobsFteHundredths,
      insertion: outcome.insertionFteHundredths,
      disability: outcome.disabilityFteHundredths,
      organisationName: organisation.name,
    })
    .from(outcome)
    .leftJoin(organisation, eq(organisation.id, outcome.organisationId))
    .where(eq(outcome.initiativeId, initiativeId));
  if (!launched || launched.kind === "replication") {
    return fail("INVALID_INPUT", { message: text.proposeNotLaunched });
  }
  if (launched.proposedModelId) return fail("CONFLICT", { message: text.proposeAlready });

  const [study] = await deps.db
    .select({ sections: studyVersion.sections })
    .from(studyVersion)
    .where(eq(studyVersion.initiativeId, initiativeId))
    .orderBy(desc(studyVersion.version))
    .limit(1);
  const sections = study?.sections ?? {};
  const description = [row.description, sections.service_offer ?? "", sections.economic_model ?? ""]
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n\n");
  const created = await createModel(deps, actor, {
    fabriqueId: row.fabriqueId,
    title: launched.activityName || row.title,
    summary: row.summary || row.title,
    description,
    themes: row.themes.filter((code) => themeCodes.includes(code)),
    publics: row.publics.filter((code) => (inclusionPublics as readonly string[]).includes(code)) as never,
    revenueMix: (sections.economic_model ?? "").slice(0, 1000),
    jobsFte: launched.jobs / 100,
    insertionJobsFte: launched.insertion / 100,
    disabilityJobsFte: launched.disability / 100,
    originOrganisation: launched.organisationName ?? "",
    originTerritory: `${row.territoryKind}:${row.territoryCode}`,
    presence: "",
  });
  if (!created.ok) {
    return created.error === "INVALID_INPUT"
      ? fail("INVALID_INPUT", { message: text.proposeIncomplete, fields: created.fields })
      : created;
  }
  const now = deps.clock.now();
  const modelId = created.value.id;
  await deps.db.transaction(async (tx) => {
    // Only the first proposal is kept, even if two people clicked at once.
    await tx
      .update(outcome)
      .set({ proposedModelId: modelId })
      .where(and(eq(outcome.initiativeId, initiativeId), isNull(outcome.proposedModelId)));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "outcome",
      note: t(fr.carriers.journal.proposed, { title: launched.activityName || row.title }),
      byUserId: actor.userId,
      at: now,
    });
  });
  return ok({ modelId });
}
