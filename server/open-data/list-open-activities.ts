import { and, asc, count, eq, sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { initiative, model, outcome, territory } from "../db/schema";
import { launchOpenSql } from "../initiatives/launch-visibility";
import { type OpenActivitiesQuery, type OpenActivity, openActivitiesQuery } from "./open-data-schemas";

export type OpenActivitiesPage = OpenActivitiesQuery & { total: number; items: OpenActivity[] };

/**
 * The launched activities anyone may reuse (decision record 0102): those the public pages count
 * (the initiative reached the launch and the opening date has come, in Paris), with their public
 * fields only. Nothing else of the initiative, its Fabrique, its carrier or its note is read.
 * A model is named only once published. Ordered by opening date so pages are stable.
 */
export async function listOpenActivities(
  deps: Pick<Deps, "db" | "clock">,
  input: Unparsed<OpenActivitiesQuery>,
): Promise<Result<OpenActivitiesPage, "INVALID_INPUT">> {
  const parsed = openActivitiesQuery.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { page, perPage } = parsed.data;
  const open = launchOpenSql(parisDate(deps.clock.now()));
  const [total] = await deps.db
    .select({ n: count() })
    .from(outcome)
    .innerJoin(initiative, eq(initiative.id, outcome.initiativeId))
    .where(open);
  const rows = await deps.db
    .select({
      name: outcome.activityName,
      model: sql<string | null>`case when ${model.status} = 'published' then ${model.title} end`,
      territoryKind: initiative.territoryKind,
      territoryCode: initiative.territoryCode,
      territoryName: territory.name,
      openedOn: outcome.openedOn,
      kind: outcome.kind,
      jobs: outcome.jobsFteHundredths,
      insertion: outcome.insertionFteHundredths,
      disability: outcome.disabilityFteHundredths,
    })
    .from(outcome)
    .innerJoin(initiative, eq(initiative.id, outcome.initiativeId))
    .leftJoin(model, eq(model.id, outcome.modelId))
    .leftJoin(
      territory,
      and(eq(territory.kind, initiative.territoryKind), eq(territory.code, initiative.territoryCode)),
    )
    .where(open)
    .orderBy(asc(outcome.openedOn), asc(outcome.initiativeId))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const items = rows.map(
    (r): OpenActivity => ({
      name: r.name,
      model: r.model,
      territoryKind: r.territoryKind,
      territoryCode: r.territoryCode,
      territoryName: r.territoryName,
      year: Number(r.openedOn.slice(0, 4)),
      kind: r.kind,
      jobsFte: r.jobs / 100,
      insertionFte: r.insertion / 100,
      disabilityFte: r.disability / 100,
    }),
  );
  return ok({ page, perPage, total: Number(total?.n ?? 0), items });
}
