import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Deps } from "../core/deps";
import { initiative, type OutcomeKind, outcome, territory } from "../db/schema";

/** What the CSV export adds to a list row: the région, the dates, the outcome and its jobs. */
export type InitiativeExportDetails = {
  regionName: string | null;
  createdAt: Date;
  outcomeKind: OutcomeKind | null;
  activityName: string | null;
  openedOn: string | null;
  jobsFteHundredths: number | null;
  insertionFteHundredths: number | null;
  disabilityFteHundredths: number | null;
};

const region = alias(territory, "region");

/**
 * The export details of initiatives the caller already listed for the actor (`listAllInitiatives`
 * checked who sees them): looked up by id, nothing else is read.
 */
export async function listInitiativeExportDetails(
  deps: Pick<Deps, "db">,
  ids: readonly string[],
): Promise<Map<string, InitiativeExportDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await deps.db
    .select({
      id: initiative.id,
      kind: initiative.territoryKind,
      ownName: territory.name,
      regionName: region.name,
      createdAt: initiative.createdAt,
      outcomeKind: outcome.kind,
      activityName: outcome.activityName,
      openedOn: outcome.openedOn,
      jobsFteHundredths: outcome.jobsFteHundredths,
      insertionFteHundredths: outcome.insertionFteHundredths,
      disabilityFteHundredths: outcome.disabilityFteHundredths,
    })
    .from(initiative)
    .leftJoin(
      territory,
      and(eq(territory.kind, initiative.territoryKind), eq(territory.code, initiative.territoryCode)),
    )
    .leftJoin(region, and(eq(region.kind, "region"), eq(region.code, territory.regionCode)))
    .leftJoin(outcome, eq(outcome.initiativeId, initiative.id))
    .where(inArray(initiative.id, [...ids]));
  return new Map(
    rows.map(({ id, kind, ownName, regionName, ...rest }) => [
      id,
      { ...rest, regionName: kind === "region" ? ownName : regionName },
    ]),
  );
}
