import { eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { callAnswer, callAttachment } from "../db/schema";
import { findApplicationByToken } from "./apply-to-call";
import { canChangeApplication } from "./deadline";
import { getPublicCall, type PublicCall } from "./public-calls";

export type OwnApplication = {
  call: PublicCall;
  application: {
    id: string;
    status: "draft" | "submitted" | "withdrawn";
    siren: string;
    name: string;
    legalForm: string;
    agrements: string[];
    postcode: string;
    contactName: string;
    contactEmail: string;
    keepForOtherCalls: boolean;
    outcome: string | null;
  };
  answers: Record<string, string>;
  attachments: { id: string; questionId: string; filename: string; sizeBytes: number }[];
  /** The applicant may still complete, submit or withdraw it (before the deadline). */
  canChange: boolean;
};

/** The application behind a private link, as its applicant sees it; NOT_FOUND for any other link. */
export async function getOwnApplication(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
): Promise<Result<OwnApplication, "NOT_FOUND">> {
  const found = await findApplicationByToken(deps, token);
  if (!found) return fail("NOT_FOUND");
  const shown = await getPublicCall(deps, found.call.id);
  if (!shown.ok) return shown;
  const { application: a } = found;
  const answers = await deps.db
    .select({ questionId: callAnswer.questionId, value: callAnswer.value })
    .from(callAnswer)
    .where(eq(callAnswer.applicationId, a.id));
  const attachments = await deps.db
    .select({
      id: callAttachment.id,
      questionId: callAttachment.questionId,
      filename: callAttachment.filename,
      sizeBytes: callAttachment.sizeBytes,
    })
    .from(callAttachment)
    .where(eq(callAttachment.applicationId, a.id));
  return ok({
    call: shown.value,
    application: {
      id: a.id,
      status: a.status,
      siren: a.siren,
      name: a.name,
      legalForm: a.legalForm,
      agrements: a.agrements,
      postcode: a.postcode,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      keepForOtherCalls: a.keepForOtherCalls,
      outcome: a.outcome,
    },
    answers: Object.fromEntries(answers.map((row) => [row.questionId, row.value])),
    attachments,
    canChange: canChangeApplication(found.call, a, deps.clock.now()),
  });
}
