import { and, asc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { callApplication, callConflict, callCriterion, callReview, callScore } from "../db/schema";
import { isUuid, loadJuryCall } from "./call-access";
import { type ReviewInput, reviewInput } from "./call-schemas";
import { mayScore } from "./jury-rules";

const text = fr.calls.validation;

/** Loads an application as one jury member sees it: their seat, their conflict, the call. */
export async function loadJuryApplication(deps: Pick<Deps, "db">, actor: Actor, applicationId: string) {
  if (!isUuid(applicationId)) return undefined;
  const [application] = await deps.db
    .select()
    .from(callApplication)
    .where(eq(callApplication.id, applicationId));
  if (!application) return undefined;
  const loaded = await loadJuryCall(deps, actor, application.callId);
  if (!loaded.ok) return undefined;
  const [conflict] = await deps.db
    .select({ userId: callConflict.userId })
    .from(callConflict)
    .where(and(eq(callConflict.applicationId, applicationId), eq(callConflict.userId, actor.userId)));
  return { application, call: loaded.value.call, seat: { ...loaded.value.seat, hasConflict: !!conflict } };
}

/**
 * A jury member scores an application on every criterion of the grid, with comments; saved
 * scores may be changed until they submit their review, which needs every criterion scored.
 */
export async function reviewApplication(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  applicationId: string,
  input: Unparsed<ReviewInput>,
): Promise<Result<{ submitted: boolean }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadJuryApplication(deps, actor, applicationId);
  if (!loaded || loaded.seat.hasConflict || loaded.application.status !== "submitted")
    return fail("NOT_FOUND");
  const now = deps.clock.now();
  if (!mayScore(loaded.seat, loaded.application, loaded.call, now)) {
    return fail(loaded.seat.isJuror ? "WRITE_REFUSED" : "FORBIDDEN", {
      message: loaded.seat.isJuror ? text.notJuryTime : text.mayNotScore,
    });
  }
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const [existing] = await deps.db
    .select({ submittedAt: callReview.submittedAt })
    .from(callReview)
    .where(and(eq(callReview.applicationId, applicationId), eq(callReview.userId, actor.userId)));
  if (existing?.submittedAt) return ok({ submitted: true });
  const criteria = await deps.db
    .select()
    .from(callCriterion)
    .where(eq(callCriterion.callId, loaded.call.id))
    .orderBy(asc(callCriterion.position));
  const fields: Record<string, string> = {};
  const scores: { criterionId: string; score: number; comment: string }[] = [];
  for (const criterion of criteria) {
    const value = parsed.data.scores[criterion.id];
    if (value === undefined || Number.isNaN(value)) {
      if (parsed.data.submit) fields[`scores.${criterion.id}`] = text.scoreMissing;
      continue;
    }
    if (!Number.isInteger(value) || value < 0 || value > criterion.scaleMax) {
      fields[`scores.${criterion.id}`] = t(text.score, { max: criterion.scaleMax });
      continue;
    }
    scores.push({
      criterionId: criterion.id,
      score: value,
      comment: parsed.data.comments[criterion.id] ?? "",
    });
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  await deps.db.transaction(async (tx) => {
    const mine = and(eq(callScore.applicationId, applicationId), eq(callScore.userId, actor.userId));
    await tx.delete(callScore).where(mine);
    if (scores.length) {
      await tx.insert(callScore).values(scores.map((s) => ({ applicationId, userId: actor.userId, ...s })));
    }
    const review = {
      applicationId,
      userId: actor.userId,
      comment: parsed.data.comment,
      submittedAt: parsed.data.submit ? now : null,
      submittedScores: parsed.data.submit
        ? criteria.map((c) => scores.find((s) => s.criterionId === c.id)!.score)
        : null,
      updatedAt: now,
    };
    await tx
      .insert(callReview)
      .values(review)
      .onConflictDoUpdate({ target: [callReview.applicationId, callReview.userId], set: review });
  });
  return ok({ submitted: parsed.data.submit });
}
