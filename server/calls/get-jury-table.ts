import { sql } from "drizzle-orm";
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
  const loaded = await loadJuryTable(deps, actor, callId);
  return loaded.ok ? ok(loaded.value.table) : loaded;
}

/** The jury table and the submitted reviews it was computed from (the exports show each juror's mark). */
export async function loadJuryTable(
  deps: Pick<Deps, "db">,
  actor: Actor,
  callId: string,
): Promise<Result<{ table: JuryTable; reviews: Map<string, Review[]> }, "NOT_FOUND">> {
  const loaded = await loadJuryCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const { call: row, seat } = loaded.value;
  const { criteria, jurorCount, applications } = await readJuryFigures(deps, actor.userId, callId);
  const reviews = groupReviews(criteria, applications);
  const rows = applications.map(([id, name, proposedRank, outcome]): JuryTableRow => {
    const ownReviewSubmitted = (reviews.get(id) ?? []).some((r) => r.userId === actor.userId);
    const figuresVisible = maySeeOthersScores({ ...seat, hasConflict: false, ownReviewSubmitted });
    const figures = aggregateApplication(criteria, figuresVisible ? (reviews.get(id) ?? []) : []);
    return {
      applicationId: id,
      name,
      proposedRank,
      outcome,
      ownReviewSubmitted,
      figuresVisible,
      reviewCount: figures.reviewCount,
      mean: figures.mean,
      spread: figures.spread,
      perCriterion: criteria.map((c) => figures.perCriterion.get(c.id) ?? null),
    };
  });
  const table = {
    callId,
    title: row.title,
    status: row.status,
    deadlineAt: row.deadlineAt,
    seat,
    jurorCount,
    criteria,
    rows,
  };
  return ok({ table, reviews });
}

/**
 * An application as the query returns it: id, name, proposed rank, outcome, and its submitted
 * reviews as `userId:score,score,…;userId:…` (scores in the grid's order), or null.
 */
type ApplicationWithReviews = [string, string, number | null, ApplicationOutcome | null, string | null];

type JuryFigures = {
  criteria: JuryTable["criteria"];
  jurorCount: number;
  applications: ApplicationWithReviews[];
};

/**
 * Everything the table needs in one query and one row of JSON (decision record 0145): the grid,
 * the jury's size, and the call's submitted applications the reader has no conflict on, by name,
 * each with its submitted reviews folded into one short string. 200 applications scored by 10
 * jurors are one row to decode, not 10 000, and one round trip instead of seven.
 */
async function readJuryFigures(deps: Pick<Deps, "db">, userId: string, callId: string): Promise<JuryFigures> {
  const result = await deps.db.execute<{ figures: JuryFigures }>(sql`
    select json_build_object(
      'jurorCount', (select count(*) from ${callJuror} j where j.call_id = ${callId}),
      'criteria', coalesce((
        select json_agg(json_build_object(
          'id', k.id, 'label', k.label, 'weight', k.weight, 'scaleMax', k.scale_max) order by k.position)
        from ${callCriterion} k where k.call_id = ${callId}), '[]'),
      'applications', coalesce((
        select json_agg(json_build_array(a.id, a.name, a.proposed_rank, a.outcome, (
          select string_agg(v.user_id::text || ':' || array_to_string(v.submitted_scores, ',', ''), ';')
          from ${callReview} v
          where v.application_id = a.id and v.submitted_at is not null)) order by a.name)
        from ${callApplication} a
        where a.call_id = ${callId} and a.status = 'submitted'
          and not exists (
            select 1 from ${callConflict} c where c.application_id = a.id and c.user_id = ${userId})
      ), '[]')) as figures`);
  return result.rows[0]!.figures;
}

function groupReviews(criteria: { id: string }[], rows: ApplicationWithReviews[]) {
  const reviews = new Map<string, Review[]>();
  for (const [id, , , , folded] of rows) {
    if (!folded) continue;
    reviews.set(
      id,
      folded.split(";").map((review) => {
        const [userId = "", values = ""] = review.split(":");
        const scores = new Map<string, number>();
        values.split(",").forEach((value, i) => {
          if (value !== "" && criteria[i]) scores.set(criteria[i].id, Number(value));
        });
        return { userId, scores };
      }),
    );
  }
  return reviews;
}
