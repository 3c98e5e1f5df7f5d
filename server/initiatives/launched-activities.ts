import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { parisDate } from "../core/paris-time";
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

/**
 * Activities launched by initiatives (their recorded outcome) on a territory or inside it. Public:
 * a launched activity is news a Fabrique tells, like a model's lineage; nothing private is read.
 * Only initiatives that reached the launch are listed; one whose opening date is still to come is
 * "planned" (`launch-visibility.ts`).
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
  const today = parisDate(deps.clock.now());
  const rows = await deps.db
    .select({
      initiativeId: initiative.id,
      activityName: outcome.activityName,
      kind: outcome.kind,
      openedOn: outcome.openedOn,
      jobsFteHundredths: outcome.jobsFteHundredths,
      modelId: outcome.modelId,
      modelTitle: model.title,
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
