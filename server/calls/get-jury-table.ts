import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  type ApplicationOutcome,
  type CallStatus,
  callApplication,
  callConflict,
  callCriterion,
  callJuror,
  callReview,
} from "../db/schema";
import { aggregateApplication, type Review } from "./aggregate";
import { type CallSeat, loadJuryCall } from "./call-access";
import { maySeeOthersScores } from "./jury-rules";

export type JuryTableRow = {
  applicationId: string;
  name: string;
  proposedRank: number | null;
  outcome: ApplicationOutcome | null;
  ownReviewSubmitted: boolean;
  /** False while the reader, a juror, has not submitted their own review of this application. */
  figuresVisible: boolean;
  reviewCount: number;
  mean: number | null;
  spread: number | null;
  perCriterion: (number | null)[];
};

export type JuryTable = {
  callId: string;
  title: string;
  status: CallStatus;
  deadlineAt: Date;
  seat: CallSeat;
  jurorCount: number;
  criteria: { id: string; label: string; weight: number; scaleMax: number }[];
  rows: JuryTableRow[];
};

/**
 * The jury's table of a call: every submitted application the reader may see (not those they
 * declared a conflict on), with its mean mark out of 100, its spread and each criterion's mean,
 * computed from submitted reviews only. A juror reads an application's figures once they have
 * submitted their own review of it; a team member outside the jury reads them all.
 */
export async function getJuryTable(
  deps: Pick<Deps, "db">,
  actor: Actor,
  callId: string,
): Promise<Result<JuryTable, "NOT_FOUND">> {
  const loaded = await loadJuryCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const { call: row, seat } = loaded.value;
  const [criteria, applications, scores, mine, jurors] = await Promise.all([
    deps.db
      .select({
        id: callCriterion.id,
        label: callCriterion.label,
        weight: callCriterion.weight,
        scaleMax: callCriterion.scaleMax,
      })
      .from(callCriterion)
      .where(eq(callCriterion.callId, callId))
      .orderBy(asc(callCriterion.position)),
    deps.db
      .select({
        id: callApplication.id,
        name: callApplication.name,
        proposedRank: callApplication.proposedRank,
        outcome: callApplication.outcome,
      })
      .from(callApplication)
      .where(and(eq(callApplication.callId, callId), eq(callApplication.status, "submitted")))
      .orderBy(asc(callApplication.name)),
    readSubmittedReviews(deps, callId),
    readOwnState(deps, actor.userId, callId),
    deps.db.select({ userId: callJuror.userId }).from(callJuror).where(eq(callJuror.callId, callId)),
  ]);
  const reviews = groupReviews(criteria, scores);
  const rows: JuryTableRow[] = [];
  for (const application of applications) {
    if (mine.conflicts.has(application.id)) continue;
    const ownReviewSubmitted = mine.submitted.has(application.id);
    const figuresVisible = maySeeOthersScores({ ...seat, hasConflict: false, ownReviewSubmitted });
    const figures = aggregateApplication(criteria, figuresVisible ? (reviews.get(application.id) ?? []) : []);
    rows.push({
      applicationId: application.id,
      name: application.name,
      proposedRank: application.proposedRank,
      outcome: application.outcome,
      ownReviewSubmitted,
      figuresVisible,
      reviewCount: figures.reviewCount,
      mean: figures.mean,
      spread: figures.spread,
      perCriterion: criteria.map((c) => figures.perCriterion.get(c.id) ?? null),
    });
  }
  return ok({
    callId,
    title: row.title,
    status: row.status,
    deadlineAt: row.deadlineAt,
    seat,
    jurorCount: jurors.length,
    criteria,
    rows,
  });
}

async function readOwnState(deps: Pick<Deps, "db">, userId: string, callId: string) {
  const [conflicts, submitted] = await Promise.all([
    deps.db
      .select({ applicationId: callConflict.applicationId })
      .from(callConflict)
      .innerJoin(callApplication, eq(callApplication.id, callConflict.applicationId))
      .where(and(eq(callConflict.userId, userId), eq(callApplication.callId, callId))),
    deps.db
      .select({ applicationId: callReview.applicationId })
      .from(callReview)
      .innerJoin(callApplication, eq(callApplication.id, callReview.applicationId))
      .where(
        and(
          eq(callReview.userId, userId),
          eq(callApplication.callId, callId),
          isNotNull(callReview.submittedAt),
        ),
      ),
  ]);
  return {
    conflicts: new Set(conflicts.map((c) => c.applicationId)),
    submitted: new Set(submitted.map((s) => s.applicationId)),
  };
}

/**
 * The submitted reviews of a call, one row per application: its jurors and their scores (each in
 * the grid's order). 200 applications scored by 10 jurors are 200 rows to decode, not 10 000.
 */
async function readSubmittedReviews(deps: Pick<Deps, "db">, callId: string) {
  const result = await deps.db.execute<{
    application_id: string;
    users: string[];
    scores: string | null;
  }>(sql`
    select r.application_id, array_agg(r.user_id order by r.user_id) as users,
           string_agg(array_to_string(r.submitted_scores, ',', ''), ';' order by r.user_id) as scores
    from ${callReview} r
    join ${callApplication} a on a.id = r.application_id
    where a.call_id = ${callId} and a.status = 'submitted' and r.submitted_at is not null
    group by r.application_id`);
  return result.rows;
}

function groupReviews(
  criteria: { id: string }[],
  rows: { application_id: string; users: string[]; scores: string | null }[],
) {
  const reviews = new Map<string, Review[]>();
  for (const row of rows) {
    const perUser = (row.scores ?? "").split(";");
    reviews.set(
      row.application_id,
      row.users.map((userId, u) => {
        const scores = new Map<string, number>();
        (perUser[u] ?? "").split(",").forEach((value, i) => {
          if (value !== "" && criteria[i]) scores.set(criteria[i].id, Number(value));
        });
        return { userId, scores };
      }),
    );
  }
  return reviews;
}
