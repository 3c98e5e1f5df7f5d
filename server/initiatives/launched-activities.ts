import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fabrique, initiative, model, outcome } from "../db/schema";
import { insideTerritory } from "../territories/inside-territory";
import { launchReachedSql } from "./launch-visibility";

export type LaunchedActivity = {
  initiativeId: string;
  activityName: string;
  kind: (typeof outcome.$inferSelect)["kind"];
  openedOn: string;
  /** Open (its date has come, Paris) or planned: shown as "ouverture prévue le …". */
  status: "open" | "planned";
  jobsFteHundredths: number;
  modelId: string | null;
  modelTitle: string | null;
  fabriqueName: string;
  territoryName: string | null;
};

/** A model's id and title are public only once the model is published in the catalogue. */
const publishedModelId = sql<string | null>`case when ${model.status} = 'published' then ${model.id} end`;
const publishedModelTitle = sql<
  string | null
>`case when ${model.status} = 'published' then ${model.title} end`;

async function selectLaunchedActivities(
  deps: Pick<Deps, "db" | "clock">,
  where: SQL,
  limit: number,
): Promise<LaunchedActivity[]> {
  const today = parisDate(deps.clock.now());
  const rows = await deps.db
    .select({
      initiativeId: initiative.id,
      activityName: outcome.activityName,
      kind: outcome.kind,
      openedOn: outcome.openedOn,
      jobsFteHundredths: outcome.jobsFteHundredths,
      modelId: publishedModelId,
      modelTitle: publishedModelTitle,
      fabriqueName: fabrique.name,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${initiative.territoryKind} and t.code = ${initiative.territoryCode})`,
    })
    .from(outcome)
    .innerJoin(initiative, eq(initiative.id, outcome.initiativeId))
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .leftJoin(model, eq(model.id, outcome.modelId))
    .where(and(where, launchReachedSql()))
    .orderBy(desc(outcome.openedOn))
    .limit(limit);
  return rows.map((row) => ({ ...row, status: row.openedOn <= today ? "open" : "planned" }));
}

/**
 * Activities launched by initiatives (their recorded outcome) on a territory or inside it. Public:
 * a launched activity is news a Fabrique tells, like a model's lineage; nothing private is read
 * (a model's title only once it is published). Only initiatives that reached the launch are
 * listed; one whose opening date is still to come is "planned" (`launch-visibility.ts`).
 */
export async function listLaunchedActivities(
  deps: Pick<Deps, "db" | "clock">,
  territory: { kind: string; code: string },
  limit = 50,
): Promise<LaunchedActivity[]> {
  const where: SQL =
    insideTerritory(`${territory.kind}:${territory.code}`, {
      kind: initiative.territoryKind,
      code: initiative.territoryCode,
    }) ?? sql`false`;
  return selectLaunchedActivities(deps, where, limit);
}

/** What a Fabrique's public page tells of an activity its initiatives launched. */
export type PublicLaunchedActivity = Pick<
  LaunchedActivity,
  "initiativeId" | "activityName" | "openedOn" | "status" | "modelId" | "modelTitle" | "territoryName"
>;

/**
 * The activities launched by one Fabrique's initiatives, for its public page (`/f/{slug}`): the
 * open ones and, apart, the planned ones ("ouverture prévue le …"), under the same rule as the
 * territory page; only the public fields (name, published model, territory, opening date).
 */
export async function listFabriqueLaunchedActivities(
  deps: Pick<Deps, "db" | "clock">,
  fabriqueSlug: string,
  limit = 100,
): Promise<{ open: PublicLaunchedActivity[]; planned: PublicLaunchedActivity[] }> {
  const rows = await selectLaunchedActivities(deps, eq(fabrique.slug, fabriqueSlug), limit);
  const shaped = rows.map(
    ({ initiativeId, activityName, openedOn, status, modelId, modelTitle, territoryName }) => ({
      initiativeId,
      activityName,
      openedOn,
      status,
      modelId,
      modelTitle,
      territoryName,
    }),
  );
  return {
    open: shaped.filter((a) => a.status === "open"),
    // The nearest opening first.
    planned: shaped.filter((a) => a.status === "planned").reverse(),
  };
}
