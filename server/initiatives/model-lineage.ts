import { and, asc, eq, inArray, or } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import { findModel } from "../catalogue/get-model";
import { canReadModel } from "../catalogue/model-access";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import {
  fabrique,
  type InitiativeStage,
  initiative,
  outcome,
  type TerritoryKind,
  territory,
} from "../db/schema";
import { launchStatus } from "./launch-visibility";

type Place = { kind: TerritoryKind; code: string; name: string | null };

export type LaunchedReplication = {
  /** Only when the actor may open the initiative (its team, the network). */
  initiativeId: string | null;
  activityName: string;
  openedOn: string;
  territory: Place;
  fabrique: { slug: string; name: string };
};

export type ReplicationInProgress = {
  initiativeId: string;
  reference: string;
  title: string;
  stage: InitiativeStage;
  territory: Place;
  fabrique: { slug: string; name: string };
};

export type ModelLineage = {
  /** Open: the initiative reached the launch and the opening date has come (Paris). */
  launched: LaunchedReplication[];
  /** Reached the launch, opening to come: shown as "ouverture prévue le …", counted nowhere. */
  planned: LaunchedReplication[];
  inProgress: ReplicationInProgress[];
};

/**
 * A model's lineage (essaimages): the initiatives that replicate it, chosen at the start
 * (`initiative.modelId`) or recorded at launch (`outcome.modelId`). Everyone sees the launched
 * ones (territory, Fabrique, opening date: what a Fabrique shows publicly anyway) once they are
 * open, and the ones whose opening is planned (`launch-visibility.ts`); a Fabrique's team also
 * sees its own replications in progress with their stage, the network animator all of them.
 * Abandoned initiatives are left out. A model the actor may not read is NOT_FOUND.
 */
export async function getModelLineage(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  modelId: string,
): Promise<Result<ModelLineage, "NOT_FOUND">> {
  const row = await findModel(deps, modelId);
  if (!row || !canReadModel(actor, row)) return fail("NOT_FOUND");
  const replicating = deps.db
    .select({ id: outcome.initiativeId })
    .from(outcome)
    .where(eq(outcome.modelId, modelId));
  const rows = await deps.db
    .select({
      id: initiative.id,
      reference: initiative.reference,
      title: initiative.title,
      stage: initiative.stage,
      stageBeforeDormant: initiative.stageBeforeDormant,
      fabriqueId: initiative.fabriqueId,
      fabriqueSlug: fabrique.slug,
      fabriqueName: fabrique.name,
      territoryKind: initiative.territoryKind,
      territoryCode: initiative.territoryCode,
      territoryName: territory.name,
      activityName: outcome.activityName,
      openedOn: outcome.openedOn,
    })
    .from(initiative)
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .leftJoin(outcome, eq(outcome.initiativeId, initiative.id))
    .leftJoin(
      territory,
      and(eq(territory.kind, initiative.territoryKind), eq(territory.code, initiative.territoryCode)),
    )
    .where(or(eq(initiative.modelId, modelId), inArray(initiative.id, replicating)))
    .orderBy(asc(outcome.openedOn), asc(initiative.reference));
  const mayOpen = (fabriqueId: string) =>
    !!actor && (actor.isNetworkAnimator || isTeamMember(actor, fabriqueId));
  const lineage: ModelLineage = { launched: [], planned: [], inProgress: [] };
  const today = parisDate(deps.clock.now());
  for (const r of rows) {
    if (r.stage === "abandoned") continue;
    const place = { kind: r.territoryKind, code: r.territoryCode, name: r.territoryName };
    const owner = { slug: r.fabriqueSlug, name: r.fabriqueName };
    const status = r.openedOn ? launchStatus({ ...r, openedOn: r.openedOn }, today) : "private";
    if (r.openedOn && status !== "private") {
      lineage[status === "open" ? "launched" : "planned"].push({
        initiativeId: mayOpen(r.fabriqueId) ? r.id : null,
        activityName: r.activityName ?? "",
        openedOn: r.openedOn,
        territory: place,
        fabrique: owner,
      });
    } else if (mayOpen(r.fabriqueId)) {
      lineage.inProgress.push({
        initiativeId: r.id,
        reference: r.reference,
        title: r.title,
        stage: r.stage,
        territory: place,
        fabrique: owner,
      });
    }
  }
  return ok(lineage);
}
