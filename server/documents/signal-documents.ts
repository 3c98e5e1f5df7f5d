import { createHash } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { document, signalEvent } from "../db/schema";
import { findSignal } from "../signals/get-signal";
import { canChangeSignal, canReadSignal } from "../signals/signal-access";
import { cleanFilename, cleanMediaType, MAX_DOCUMENT_BYTES } from "./documents";

const text = fr.meetings.documents.validation;

export type SignalDocument = { id: string; filename: string; sizeBytes: number; createdAt: Date };

/**
 * Evidence attached to a signal (a photo of the vacant premises, a survey's figures): the team
 * attaches, whoever may read the signal may download (`/documents/{id}`). Stored like the
 * initiatives' documents, with their SHA-256; the signal's journal notes the attachment.
 */
export async function attachSignalDocument(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  signalId: string,
  input: { filename: string; mediaType: string; content: Buffer },
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findSignal(deps, signalId);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, row)) return fail("FORBIDDEN");
  if (!input.content.length) return fail("INVALID_INPUT", { fields: { file: text.file } });
  if (input.content.length > MAX_DOCUMENT_BYTES)
    return fail("INVALID_INPUT", { fields: { file: text.tooLarge } });
  const filename = cleanFilename(input.filename);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(document)
      .values({
        fabriqueId: row.fabriqueId,
        signalId,
        filename,
        mediaType: cleanMediaType(input.mediaType),
        sizeBytes: input.content.length,
        sha256: createHash("sha256").update(input.content).digest("hex"),
        content: input.content,
        audience: "team",
        uploadedByUserId: actor.userId,
        createdAt: now,
      })
      .returning({ id: document.id });
    await tx.insert(signalEvent).values({
      signalId,
      fromStatus: row.status,
      toStatus: row.status,
      reason: `${fr.signals.documents.attached} : ${filename}`,
      byUserId: actor.userId,
      at: now,
    });
    return created!.id;
  });
  return ok({ id });
}

/** The files attached to a signal the actor may read, newest first. */
export async function listSignalDocuments(
  deps: Pick<Deps, "db">,
  actor: Actor,
  signalId: string,
): Promise<Result<SignalDocument[], "NOT_FOUND">> {
  const row = await findSignal(deps, signalId);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  const rows = await deps.db
    .select({
      id: document.id,
      filename: document.filename,
      sizeBytes: document.sizeBytes,
      createdAt: document.createdAt,
    })
    .from(document)
    .where(eq(document.signalId, signalId))
    .orderBy(desc(document.createdAt));
  return ok(rows);
}
