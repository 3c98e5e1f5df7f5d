import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import {
  type InitiativeStage,
  initiative,
  initiativeSignal,
  type OutcomeKind,
  outcome,
  signal,
  territory,
} from "../db/schema";

/**
 * What the CSV export adds to a signal of the list: its région, when it last changed, and the
 * initiative it became with its stage, outcome and jobs — the initiative only for its
 * Fabrique's team and the network animator, who may open it.
 */
export type SignalExportDetails = {
  regionName: string | null;
  updatedAt: Date;
  initiative: {
    reference: string;
    stage: InitiativeStage;
    outcomeKind: OutcomeKind | null;
    jobsFteHundredths: number | null;
  } | null;
};

const region = alias(territory, "region");

/** The export details of signals already listed for the actor (`listAllSignals` checked them). */
export async function listSignalExportDetails(
  deps: Pick<Deps, "db">,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, SignalExportDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await deps.db
    .select({
      id: signal.id,
      kind: signal.territoryKind,
      ownName: territory.name,
      regionName: region.name,
      updatedAt: signal.updatedAt,
      initiativeFabriqueId: initiative.fabriqueId,
      reference: initiative.reference,
      stage: initiative.stage,
      outcomeKind: outcome.kind,
      jobsFteHundredths: outcome.jobsFteHundredths,
    })
    .from(signal)
    .leftJoin(
      territory,
      and(eq(territory.kind, signal.territoryKind), eq(territory.code, signal.territoryCode)),
    )
    .leftJoin(region, and(eq(region.kind, "region"), eq(region.code, territory.regionCode)))
    .leftJoin(initiativeSignal, eq(initiativeSignal.signalId, signal.id))
    .leftJoin(initiative, eq(initiative.id, initiativeSignal.initiativeId))
    .leftJoin(outcome, eq(outcome.initiativeId, initiative.id))
    .where(inArray(signal.id, [...ids]));
  const details = new Map<string, SignalExportDetails>();
  for (const r of rows) {
    const mayOpen =
      r.initiativeFabriqueId !== null &&
      (actor.isNetworkAnimator || isTeamMember(actor, r.initiativeFabriqueId));
    const linked =
      mayOpen && r.reference && r.stage
        ? {
            reference: r.reference,
            stage: r.stage,
            outcomeKind: r.outcomeKind,
            jobsFteHundredths: r.jobsFteHundredths,
          }
        : null;
    // A signal merged into several initiatives keeps the first one the actor may open.
    if (details.get(r.id)?.initiative) continue;
    details.set(r.id, {
      regionName: r.kind === "region" ? r.ownName : r.regionName,
      updatedAt: r.updatedAt,
      initiative: linked,
    });
  }
  return details;
}
