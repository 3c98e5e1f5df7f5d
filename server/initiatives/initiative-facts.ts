import { and, count, desc, eq } from "drizzle-orm";
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

/**
 * Reads, for the stage guards, what the dossier holds: partners, origin signals, meetings,
 * the study's final version, the copil's decisions, the lead carrier, the handover and outcome.
 */
export async function loadInitiativeFacts(
  db: Executor,
  row: InitiativeRow,
  typed: { reason?: string; wakeUpOn?: string | null; today: string },
): Promise<InitiativeFacts> {
  const id = row.id;
  // Drizzle's queries run when awaited: each count is a thunk, run one after the other because a
  // transaction holds a single connection (concurrent queries on it are deprecated in pg).
  const countOf = (query: PromiseLike<{ n: number }[]>) => async () => (await query)[0]?.n ?? 0;
  const inTurn = async <T extends (() => Promise<number>)[]>(thunks: [...T]) => {
    const results: number[] = [];
    for (const thunk of thunks) results.push(await thunk());
    return results as { [K in keyof T]: number };
  };
  const [
    commissioners,
    signals,
    meetings,
    projectGroupPartners,
    projectGroupMeetings,
    finals,
    carriers,
    handovers,
    outcomes,
  ] = await inTurn([
    countOf(
      db
        .select({ n: count() })
        .from(initiativePartner)
        .where(and(eq(initiativePartner.initiativeId, id), eq(initiativePartner.role, "commissioner"))),
    ),
    countOf(db.select({ n: count() }).from(initiativeSignal).where(eq(initiativeSignal.initiativeId, id))),
    countOf(db.select({ n: count() }).from(meeting).where(eq(meeting.initiativeId, id))),
    countOf(
      db
        .select({ n: count() })
        .from(initiativePartner)
        .where(and(eq(initiativePartner.initiativeId, id), eq(initiativePartner.role, "project_group"))),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(meeting)
        .where(and(eq(meeting.initiativeId, id), eq(meeting.kind, "project_group"))),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(studyVersion)
        .where(and(eq(studyVersion.initiativeId, id), eq(studyVersion.status, "final"))),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(carrierCandidate)
        .where(
          and(
            eq(carrierCandidate.initiativeId, id),
            eq(carrierCandidate.status, "chosen"),
            eq(carrierCandidate.lead, true),
          ),
        ),
    ),
    countOf(db.select({ n: count() }).from(handover).where(eq(handover.initiativeId, id))),
    countOf(db.select({ n: count() }).from(outcome).where(eq(outcome.initiativeId, id))),
  ]);
  // The latest decision taken in the study stage at a comité de pilotage is the one that counts.
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
  return {
    stage: row.stage,
    stageBeforeDormant: row.stageBeforeDormant,
    reason: typed.reason ?? "",
    wakeUpOn: typed.wakeUpOn ?? null,
    today: typed.today,
    hasCommissioner: commissioners > 0 || row.commissionerOrganisationId !== null,
    originSignals: signals,
    hasModel: row.modelId !== null,
    meetings,
    projectGroup: projectGroupPartners + projectGroupMeetings > 0,
    studyFinal: finals > 0,
    steeringDecisionInStudy: steering?.kind ?? null,
    carrierChosen: carriers > 0,
    handoverRecorded: handovers > 0,
    outcomeRecorded: outcomes > 0,
  };
}
