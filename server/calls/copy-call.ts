import { asc, eq } from "drizzle-orm";
import { formatDate, parisDate, parisTime } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { callCriterion, callJuror, callQuestion, user } from "../db/schema";
import { loadTeamCall } from "./call-access";
import type { SaveCallInput } from "./call-schemas";
import { createCall } from "./save-call";

/**
 * A call of the Fabrique as the input of a new one: its texts, form, grid and jury. The team
 * reuses a call as the template of its next one (`copyCall`), or reads it back into the edit form.
 */
export async function readCallInput(
  deps: Pick<Deps, "db">,
  actor: Actor,
  callId: string,
): Promise<Result<SaveCallInput & { status: string; initiativeId: string }, "NOT_FOUND">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  const questions = await deps.db
    .select()
    .from(callQuestion)
    .where(eq(callQuestion.callId, callId))
    .orderBy(asc(callQuestion.position));
  const criteria = await deps.db
    .select()
    .from(callCriterion)
    .where(eq(callCriterion.callId, callId))
    .orderBy(asc(callCriterion.position));
  const jurors = await deps.db
    .select({ email: user.email })
    .from(callJuror)
    .innerJoin(user, eq(user.id, callJuror.userId))
    .where(eq(callJuror.callId, callId));
  return ok({
    status: row.status,
    initiativeId: row.initiativeId,
    title: row.title,
    summary: row.summary,
    offerItems: row.offerItems,
    offer: row.offer,
    expectations: row.expectations,
    legalForms: row.legalForms,
    agrements: row.agrements,
    departments: row.departments,
    deadlineDate: parisDate(row.deadlineAt),
    deadlineTime: parisTime(row.deadlineAt),
    questions: questions.map((q) => ({
      label: q.label,
      help: q.help,
      kind: q.kind,
      choices: q.choices,
      required: q.required,
    })),
    criteria: criteria.map((c) => ({ label: c.label, weight: c.weight, scaleMax: c.scaleMax })),
    jurorEmails: jurors.map((j) => j.email.toLowerCase()),
  });
}

/**
 * Copies a call of the Fabrique onto another of its initiatives at the carrier-search stage, as a
 * draft with the same form, grid and jury; the team then sets the new texts and deadline.
 */
export async function copyCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  sourceCallId: string,
  initiativeId: string,
  deadline: { deadlineDate: string; deadlineTime: string },
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const source = await readCallInput(deps, actor, sourceCallId);
  if (!source.ok) return source;
  const { status: _status, initiativeId: _from, ...input } = source.value;
  return createCall(deps, actor, initiativeId, { ...input, ...deadline }, { copiedFromCallId: sourceCallId });
}

/** `15 janv. 2027 à 12:00`: a deadline as the pages and mails show it, in Paris time. */
export function formatDeadline(at: Date): string {
  return `${formatDate(at)} à ${parisTime(at)}`;
}
