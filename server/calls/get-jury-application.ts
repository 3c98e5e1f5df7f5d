import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import {
  type CallAgrement,
  type CallLegalForm,
  type CallQuestionKind,
  callAnswer,
  callAttachment,
  callCriterion,
  callQuestion,
  callReview,
  callScore,
} from "../db/schema";
import type { CallSeat } from "./call-access";
import { mayScore } from "./jury-rules";
import { loadJuryApplication } from "./review-application";

export type JuryApplication = {
  call: { id: string; title: string; status: string; deadlineAt: Date };
  seat: CallSeat;
  application: {
    id: string;
    name: string;
    siren: string;
    legalForm: CallLegalForm;
    agrements: CallAgrement[];
    postcode: string;
    submittedAt: Date | null;
  };
  answers: { questionId: string; label: string; kind: CallQuestionKind; value: string | null }[];
  attachments: { id: string; questionId: string; filename: string; sizeBytes: number }[];
  criteria: { id: string; label: string; weight: number; scaleMax: number }[];
  /** The reader's own review: their scores and comments per criterion, submitted or not. */
  own: {
    scores: Record<string, number>;
    comments: Record<string, string>;
    comment: string;
    submitted: boolean;
  };
  /** The reader may score it now (a juror without conflict, after the deadline, before the decision). */
  mayScore: boolean;
};

/**
 * One submitted application of a call as a jury member (or the team) reads it to score it: who
 * applied, their answers and files, the grid and the reader's own review. A member who declared a
 * conflict on it, anyone off the call's team and jury, or an application of another call: NOT_FOUND.
 */
export async function getJuryApplication(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  callId: string,
  applicationId: string,
): Promise<Result<JuryApplication, "NOT_FOUND">> {
  const loaded = await loadJuryApplication(deps, actor, applicationId);
  if (!loaded || loaded.call.id !== callId || loaded.seat.hasConflict) return fail("NOT_FOUND");
  if (loaded.application.status !== "submitted") return fail("NOT_FOUND");
  const { application: a, call: row } = loaded;
  const [questions, answers, attachments, criteria, review, scores] = await Promise.all([
    deps.db
      .select()
      .from(callQuestion)
      .where(eq(callQuestion.callId, callId))
      .orderBy(asc(callQuestion.position)),
    deps.db.select().from(callAnswer).where(eq(callAnswer.applicationId, a.id)),
    deps.db
      .select({
        id: callAttachment.id,
        questionId: callAttachment.questionId,
        filename: callAttachment.filename,
        sizeBytes: callAttachment.sizeBytes,
      })
      .from(callAttachment)
      .where(eq(callAttachment.applicationId, a.id)),
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
      .select()
      .from(callReview)
      .where(and(eq(callReview.applicationId, a.id), eq(callReview.userId, actor.userId))),
    deps.db
      .select()
      .from(callScore)
      .where(and(eq(callScore.applicationId, a.id), eq(callScore.userId, actor.userId))),
  ]);
  return ok({
    call: { id: row.id, title: row.title, status: row.status, deadlineAt: row.deadlineAt },
    seat: { isTeam: loaded.seat.isTeam, isJuror: loaded.seat.isJuror },
    application: {
      id: a.id,
      name: a.name,
      siren: a.siren,
      legalForm: a.legalForm,
      agrements: a.agrements,
      postcode: a.postcode,
      submittedAt: a.submittedAt,
    },
    answers: questions.map((q) => ({
      questionId: q.id,
      label: q.label,
      kind: q.kind,
      value: answers.find((answer) => answer.questionId === q.id)?.value ?? null,
    })),
    attachments,
    criteria,
    own: {
      scores: Object.fromEntries(scores.map((s) => [s.criterionId, s.score])),
      comments: Object.fromEntries(scores.map((s) => [s.criterionId, s.comment])),
      comment: review[0]?.comment ?? "",
      submitted: !!review[0]?.submittedAt,
    },
    mayScore: !review[0]?.submittedAt && mayScore(loaded.seat, a, row, deps.clock.now()),
  });
}
