import { and, asc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { generateSecretToken, hashSecretToken } from "../accounts/secret-token";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import {
  type CallAgrement,
  type CallLegalForm,
  call,
  callAgrements,
  callAnswer,
  callApplication,
  callAttachment,
  callQuestion,
  fabrique,
} from "../db/schema";
import { compactIdentifier } from "../organisations/siren";
import { checkAnswers } from "./answer-rules";
import { isUuid } from "./call-access";
import { type ApplicationInput, applicationInput } from "./call-schemas";
import { formatDeadline } from "./copy-call";
import { canChangeApplication, isOpenForApplications } from "./deadline";
import { type Applicant, checkEligibility, type EligibilityProblem } from "./eligibility";
import { notifyApplicationReceived } from "./notify-application-received";

const text = fr.calls.validation;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type ApplicationRow = typeof callApplication.$inferSelect;
type CallRow = typeof call.$inferSelect;

function eligibilityMessage(problem: EligibilityProblem): string {
  switch (problem.field) {
    case "siren":
      return problem.reason === "length" ? text.sirenLength : text.sirenChecksum;
    case "legalForm":
      return text.legalForm;
    case "agrements":
      return t(text.agrements, { missing: problem.missing.map((a) => fr.calls.agrements[a]).join(", ") });
    case "postcode":
      return problem.reason === "format" ? text.postcodeFormat : text.postcodeOutside;
  }
}

async function callQuestions(db: Pick<Db, "select">, callId: string) {
  return db
    .select({
      id: callQuestion.id,
      kind: callQuestion.kind,
      choices: callQuestion.choices,
      required: callQuestion.required,
    })
    .from(callQuestion)
    .where(eq(callQuestion.callId, callId))
    .orderBy(asc(callQuestion.position));
}

/** The identity fields as typed, for the eligibility check before the whole input is valid. */
function lenientApplicant(input: unknown): Applicant {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === "string" ? value : "");
  const list = Array.isArray(raw.agrements) ? raw.agrements : [raw.agrements];
  return {
    siren: str(raw.siren),
    legalForm: str(raw.legalForm) as CallLegalForm,
    agrements: list.filter((a): a is CallAgrement => (callAgrements as readonly unknown[]).includes(a)),
    postcode: str(raw.postcode).trim(),
  };
}

type Checked = { values: ReturnType<typeof applicationInput.parse>; answers: Record<string, string> };

/** The input checked against the call: identity, eligibility, answers (all required ones when submitting). */
async function checkApplication(
  deps: Pick<Deps, "db">,
  row: CallRow,
  input: Unparsed<ApplicationInput>,
  attached: Set<string>,
): Promise<Result<Checked, "INVALID_INPUT">> {
  const parsed = applicationInput.safeParse(input);
  const fields: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  const questions = await callQuestions(deps.db, row.id);
  const raw = (
    parsed.success ? parsed.data.answers : ((input as { answers?: unknown }).answers ?? {})
  ) as Record<string, unknown>;
  const answers: Record<string, string> = {};
  for (const q of questions) if (typeof raw[q.id] === "string") answers[q.id] = (raw[q.id] as string).trim();
  // Eligibility is told even when another field is wrong, so the applicant fixes everything at once.
  for (const problem of checkEligibility(row, lenientApplicant(input)))
    fields[problem.field] ??= eligibilityMessage(problem);
  if (parsed.success) Object.assign(fields, checkAnswers(questions, answers, attached, parsed.data.submit));
  if (!parsed.success || Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  return ok({ values: parsed.data, answers });
}

async function writeAnswers(tx: Tx, applicationId: string, answers: Record<string, string>) {
  await tx.delete(callAnswer).where(eq(callAnswer.applicationId, applicationId));
  const rows = Object.entries(answers)
    .filter(([, value]) => value !== "")
    .map(([questionId, value]) => ({ applicationId, questionId, value }));
  if (rows.length) await tx.insert(callAnswer).values(rows);
}

function applicationColumns(values: Checked["values"], now: Date) {
  return {
    siren: compactIdentifier(values.siren),
    name: values.name,
    legalForm: values.legalForm,
    agrements: values.agrements,
    postcode: values.postcode,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    consentAt: now,
    keepForOtherCalls: values.keepForOtherCalls,
    updatedAt: now,
  };
}

async function sendReceipt(
  deps: Pick<Deps, "mail" | "config">,
  tx: Tx,
  row: CallRow,
  app: ApplicationRow,
  token: string,
) {
  const [owner] = await tx
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  await deps.mail.enqueue(tx, {
    to: app.contactEmail,
    subject: t(fr.calls.mail.receiptSubject, { title: row.title }),
    text: t(fr.calls.mail.receipt, {
      name: app.contactName,
      fabrique: owner?.name ?? "",
      title: row.title,
      status: fr.calls.applicationStatuses[app.status].toLowerCase(),
      deadline: formatDeadline(row.deadlineAt),
      link: `${deps.config.publicUrl}/candidature/${token}`,
    }),
    purpose: "call_application",
  });
}

/**
 * A structure applies to a published call before its deadline, with no account: the application
 * is kept as a draft or submitted, and a receipt mail carries the private link (only its hash is
 * stored) to complete or withdraw it until the deadline.
 */
export async function applyToCall(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  callId: string,
  input: Unparsed<ApplicationInput>,
): Promise<Result<{ id: string; token: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  if (!isUuid(callId)) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(call).where(eq(call.id, callId));
  if (!row || row.status === "draft") return fail("NOT_FOUND");
  const now = deps.clock.now();
  if (!isOpenForApplications(row, now)) return fail("WRITE_REFUSED", { message: text.closed });
  const checked = await checkApplication(deps, row, input, new Set());
  if (!checked.ok) return checked;
  const token = generateSecretToken("cand_");
  const id = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(callApplication)
      .values({
        callId,
        tokenHash: hashSecretToken(token),
        status: checked.value.values.submit ? "submitted" : "draft",
        ...applicationColumns(checked.value.values, now),
        createdAt: now,
        submittedAt: checked.value.values.submit ? now : null,
      })
      .returning();
    await writeAnswers(tx, created!.id, checked.value.answers);
    await sendReceipt(deps, tx, row, created!, token);
    if (created!.status === "submitted") await notifyApplicationReceived(deps, tx, created!);
    return created!.id;
  });
  return ok({ id, token });
}

/** The application and its call behind a private link; NOT_FOUND for any other string. */
export async function findApplicationByToken(
  deps: Pick<Deps, "db">,
  token: string,
): Promise<{ application: ApplicationRow; call: CallRow } | undefined> {
  if (!token.startsWith("cand_") || token.length > 100) return undefined;
  const [row] = await deps.db
    .select({ application: callApplication, call })
    .from(callApplication)
    .innerJoin(call, eq(call.id, callApplication.callId))
    .where(eq(callApplication.tokenHash, hashSecretToken(token)));
  return row;
}

/**
 * The applicant completes (or submits) their application through their private link, until the
 * deadline. Submitting checks every required answer and file; a receipt mail confirms it.
 */
export async function updateApplication(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  token: string,
  input: Unparsed<ApplicationInput>,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await findApplicationByToken(deps, token);
  if (!found) return fail("NOT_FOUND");
  const now = deps.clock.now();
  if (!canChangeApplication(found.call, found.application, now)) {
    return fail("WRITE_REFUSED", {
      message: found.application.status === "withdrawn" ? text.withdrawn : text.closed,
    });
  }
  const attached = await deps.db
    .select({ questionId: callAttachment.questionId })
    .from(callAttachment)
    .where(eq(callAttachment.applicationId, found.application.id));
  const checked = await checkApplication(deps, found.call, input, new Set(attached.map((a) => a.questionId)));
  if (!checked.ok) return checked;
  const submitting = checked.value.values.submit && found.application.status === "draft";
  try {
    await deps.db.transaction(async (tx) => {
      // The status read above is part of the condition: a withdrawal committed meanwhile is never
      // turned back into a submitted application.
      const [updated] = await tx
        .update(callApplication)
        .set({
          ...applicationColumns(checked.value.values, now),
          ...(submitting ? { status: "submitted" as const, submittedAt: now } : {}),
        })
        .where(
          and(
            eq(callApplication.id, found.application.id),
            eq(callApplication.status, found.application.status),
          ),
        )
        .returning();
      if (!updated) throw new ApplicationChangedMeanwhile();
      await writeAnswers(tx, found.application.id, checked.value.answers);
      if (submitting) {
        await sendReceipt(deps, tx, found.call, updated, token);
        await notifyApplicationReceived(deps, tx, updated);
      }
    });
  } catch (error) {
    if (error instanceof ApplicationChangedMeanwhile)
      return fail("WRITE_REFUSED", { message: text.withdrawn });
    throw error;
  }
  return ok({ id: found.application.id });
}

/** Thrown inside the transaction to roll it back when the application's status moved meanwhile. */
class ApplicationChangedMeanwhile extends Error {}

/** The applicant withdraws their application before the deadline; the jury no longer sees it. */
export async function withdrawApplication(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
): Promise<Result<{ id: string }, "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await findApplicationByToken(deps, token);
  if (!found) return fail("NOT_FOUND");
  const now = deps.clock.now();
  if (!canChangeApplication(found.call, found.application, now)) {
    return fail("WRITE_REFUSED", {
      message: found.application.status === "withdrawn" ? text.withdrawn : text.closed,
    });
  }
  await deps.db
    .update(callApplication)
    .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
    .where(
      and(eq(callApplication.id, found.application.id), eq(callApplication.status, found.application.status)),
    );
  return ok({ id: found.application.id });
}
