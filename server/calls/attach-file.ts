import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { MAX_ATTACHMENT_BYTES } from "../../shared/codes/calls";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { callApplication, callAttachment, callConflict, callQuestion } from "../db/schema";
import { checkAttachment, sniffMediaType } from "./answer-rules";
import { findApplicationByToken } from "./apply-to-call";
import { isUuid, loadJuryCall } from "./call-access";
import { canChangeApplication } from "./deadline";
import { maySeeApplication } from "./jury-rules";

const text = fr.calls.validation;
const extensions = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" } as const;

/**
 * The applicant attaches a file to a file question through their private link, until the
 * deadline. The type is read from the bytes (PDF, PNG, JPEG), the size capped, and the name built
 * from the question's place (`piece-2.pdf`), never taken from the applicant. A new file replaces
 * the previous one.
 */
export async function attachFile(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
  questionId: string,
  content: Buffer,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await findApplicationByToken(deps, token);
  if (!found || !isUuid(questionId)) return fail("NOT_FOUND");
  const now = deps.clock.now();
  if (!canChangeApplication(found.call, found.application, now)) {
    return fail("WRITE_REFUSED", {
      message: found.application.status === "withdrawn" ? text.withdrawn : text.closed,
    });
  }
  const [question] = await deps.db
    .select({ position: callQuestion.position, kind: callQuestion.kind })
    .from(callQuestion)
    .where(and(eq(callQuestion.id, questionId), eq(callQuestion.callId, found.call.id)));
  if (question?.kind !== "file") return fail("NOT_FOUND");
  const problem = checkAttachment(content, MAX_ATTACHMENT_BYTES);
  const mediaType = sniffMediaType(content);
  if (problem || !mediaType)
    return fail("INVALID_INPUT", { fields: { [`answers.${questionId}`]: problem ?? text.fileType } });
  const values = {
    applicationId: found.application.id,
    questionId,
    filename: `${t(fr.calls.attachmentName, { position: question.position + 1 })}.${extensions[mediaType]}`,
    mediaType,
    sizeBytes: content.length,
    sha256: createHash("sha256").update(content).digest("hex"),
    content,
    createdAt: now,
  };
  const [row] = await deps.db
    .insert(callAttachment)
    .values(values)
    .onConflictDoUpdate({ target: [callAttachment.applicationId, callAttachment.questionId], set: values })
    .returning({ id: callAttachment.id });
  return ok({ id: row!.id });
}

export type AttachmentFile = {
  filename: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
  callId: string;
};

/**
 * An attachment's bytes, for its applicant (through their link), the call's team and its jury —
 * except a member who declared a conflict on that application, and never on a draft or withdrawn
 * application for the jury. Anyone else: NOT_FOUND. Always served as a download.
 */
export async function getAttachmentFile(
  deps: Pick<Deps, "db">,
  who: { actor: Actor | null } | { token: string },
  attachmentId: string,
): Promise<Result<AttachmentFile, "NOT_FOUND">> {
  if (!isUuid(attachmentId)) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({ file: callAttachment, callId: callApplication.callId, status: callApplication.status })
    .from(callAttachment)
    .innerJoin(callApplication, eq(callApplication.id, callAttachment.applicationId))
    .where(eq(callAttachment.id, attachmentId));
  if (!row) return fail("NOT_FOUND");
  const file = {
    filename: row.file.filename,
    mediaType: row.file.mediaType,
    content: row.file.content,
    sha256: row.file.sha256,
    callId: row.callId,
  };
  if ("token" in who) {
    const found = await findApplicationByToken(deps, who.token);
    return found?.application.id === row.file.applicationId ? ok(file) : fail("NOT_FOUND");
  }
  const loaded = await loadJuryCall(deps, who.actor, row.callId);
  if (!loaded.ok || row.status !== "submitted") return fail("NOT_FOUND");
  const [conflict] = await deps.db
    .select({ userId: callConflict.userId })
    .from(callConflict)
    .where(
      and(eq(callConflict.applicationId, row.file.applicationId), eq(callConflict.userId, who.actor!.userId)),
    );
  return maySeeApplication({ ...loaded.value.seat, hasConflict: !!conflict }) ? ok(file) : fail("NOT_FOUND");
}
