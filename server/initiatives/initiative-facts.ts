import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/database";
import {
  carrierCandidate,
  decision,
  handover,
  initiativePartner,
  initiativeSignal,
  meeting,
  outcome,
  studyVersion,
} from "../db/schema";
import type { InitiativeRow } from "./initiative-access";
import type { InitiativeFacts } from "./initiative-workflow";

type Executor = Pick<Db, "select">;

/** How many rows of `table` match: one query, awaited before the next (see `dossierCounts`). */
async function countRows(db: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

/**
 * What the dossier holds, counted. The queries run one after the other because a transaction
 * holds a single connection (concurrent queries on it are deprecated in pg).
 */
async function dossierCounts(db: Executor, id: string) {
  const partners = (role: "commissioner" | "project_group") =>
    countRows(
      db,
      initiativePartner,
      and(eq(initiativePartner.initiativeId, id), eq(initiativePartner.role, role)),
    );
  return {
    commissioners: await partners("commissioner"),
    signals: await countRows(db, initiativeSignal, eq(initiativeSignal.initiativeId, id)),
    meetings: await countRows(db, meeting, eq(meeting.initiativeId, id)),
    projectGroupPartners: await partners("project_group"),
    projectGroupMeetings: await countRows(
      db,
      meeting,
      and(eq(meeting.initiativeId, id), eq(meeting.kind, "project_group")),
    ),
    finals: await countRows(
      db,
      studyVersion,
      and(eq(studyVersion.initiativeId, id), eq(studyVersion.status, "final")),
    ),
    carriers: await countRows(
      db,
      carrierCandidate,
      and(
        eq(carrierCandidate.initiativeId, id),
        eq(carrierCandidate.status, "chosen"),
        eq(carrierCandidate.lead, true),
      ),
    ),
    handovers: await countRows(db, handover, eq(handover.initiativeId, id)),
    outcomes: await countRows(db, outcome, eq(outcome.initiativeId, id)),
  };
}

/** The latest decision taken in the study stage at a comité de pilotage: the one that counts. */
async function steeringDecisionInStudy(db: Executor, id: string) {
  const [steering] = await db
    .select({ kind: decision.kind })
    .from(decision)
    .innerJoin(meeting, eq(meeting.id, decision.meetingId))
    .where(
      and(
        eq(decision.initiativeId, id),
        eq(decision.stage, "opportunity_study"),
        eq(meeting.kind, "steering_committee"),
      ),
    )
    .orderBy(desc(decision.decidedOn), desc(decision.recordedAt))
    .limit(1);
  return steering?.kind ?? null;
}

/**
 * Reads, for the stage guards, what the dossier holds: partners, origin signals, meetings,
 * the study's final version, the copil's decisions, the lead carrier, the handover and outcome.
 */
export async function loadInitiativeFacts(
  db: Executor,
  row: InitiativeRow,
  typed: { reason?: string; wakeUpOn?: string | null; today: string },
): Promise<InitiativeFacts> {
  const c = await dossierCounts(db, row.id);
  return {
    stage: row.stage,
    stageBeforeDormant: row.stageBeforeDormant,
    reason: typed.reason ?? "",
    wakeUpOn: typed.wakeUpOn ?? null,
    today: typed.today,
    hasCommissioner: c.commissioners > 0 || row.commissionerOrganisationId !== null,
    originSignals: c.signals,
    hasModel: row.modelId !== null,
    meetings: c.meetings,
    projectGroup: c.projectGroupPartners + c.projectGroupMeetings > 0,
    studyFinal: c.finals > 0,
    steeringDecisionInStudy: await steeringDecisionInStudy(db, row.id),
    carrierChosen: c.carriers > 0,
    handoverRecorded: c.handovers > 0,
    outcomeRecorded: c.outcomes > 0,
  };
}
