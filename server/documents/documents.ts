import { createHash } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type DocumentAudience, document, type MeetingKind, meeting } from "../db/schema";
import { loadInitiativeForActor, loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { documentAudience } from "../meetings/meeting-schemas";
import { canSeeDocument } from "../meetings/meeting-visibility";
import { recordNotifications } from "../notifications/record-notifications";
import { findSignal } from "../signals/get-signal";
import { canReadSignal } from "../signals/signal-access";

const text = fr.meetings.documents;

/** The largest file accepted (the HTTP body limit is larger, so this message is the one seen). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentView = {
  id: string;
  meetingId: string | null;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  audience: DocumentAudience;
  createdAt: Date;
};

export type UploadInput = {
  meetingId?: string | null;
  filename: string;
  mediaType: string;
  content: Buffer;
  audience: string;
};

/** Keeps a file name that is safe to echo in a header and on a page. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f && char !== '"')
    .join("")
    .trim()
    .slice(0, 200);
  return cleaned || "document";
}

export function cleanMediaType(value: string): string {
  const type = value.split(";")[0]!.trim().toLowerCase();
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : "application/octet-stream";
}

/** Attaches a file to an initiative (and to one of its meetings), stored with its SHA-256. */
export async function uploadDocument(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  initiativeId: string,
  input: UploadInput,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "document.upload");
  if (!loaded.ok) return loaded;
  const fields: Record<string, string> = {};
  if (!input.content.length) fields.file = text.validation.file;
  else if (input.content.length > MAX_DOCUMENT_BYTES) fields.file = text.validation.tooLarge;
  const audience = documentAudience.safeParse(input.audience);
  if (!audience.success) fields.audience = text.validation.audience;
  let copilMeeting = false;
  if (input.meetingId) {
    const [found] = await deps.db
      .select({ id: meeting.id, kind: meeting.kind })
      .from(meeting)
      .where(and(eq(meeting.id, input.meetingId), eq(meeting.initiativeId, initiativeId)));
    if (!found) return fail("NOT_FOUND");
    copilMeeting = found.kind === "steering_committee";
  }
  if (Object.keys(fields).length || !audience.success) return fail("INVALID_INPUT", { fields });
  const filename = cleanFilename(input.filename);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(document)
      .values({
        fabriqueId: loaded.value.initiative.fabriqueId,
        initiativeId,
        meetingId: input.meetingId ?? null,
        filename,
        mediaType: cleanMediaType(input.mediaType),
        sizeBytes: input.content.length,
        sha256: createHash("sha256").update(input.content).digest("hex"),
        content: input.content,
        audience: audience.data,
        uploadedByUserId: actor.userId,
        createdAt: now,
      })
      .returning({ id: document.id });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "document",
      note: t(fr.meetings.journal.document, { filename }),
      byUserId: actor.userId,
      at: now,
      // Only documents every partner may read are told in the partners' view of the journal.
      teamOnly: audience.data !== "partners" || copilMeeting,
    });
    const { initiative } = loaded.value;
    await recordNotifications(deps, tx, {
      kind: "document_added",
      fabriqueId: initiative.fabriqueId,
      link: `/projets/${initiativeId}`,
      title: initiative.title,
      detail: t(fr.notifications.details.document_added, { name: filename }),
      groupKey: `initiative:${initiativeId}`,
      // The carrier hears only of documents shared beyond the team, like the journal's line.
      audience: {
        initiative: { id: initiativeId, fabriqueId: initiative.fabriqueId },
        carrier: audience.data === "partners" && !copilMeeting,
      },
      actorUserId: actor.userId,
    });
    return row!.id;
  });
  return ok({ id });
}

/** The documents of an initiative the actor may read: of one meeting, or those attached to no meeting. */
export async function listDocuments(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  options: { meetingId: string | null },
): Promise<Result<DocumentView[], "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select({
      id: document.id,
      meetingId: document.meetingId,
      meetingKind: meeting.kind,
      filename: document.filename,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
      audience: document.audience,
      createdAt: document.createdAt,
    })
    .from(document)
    .leftJoin(meeting, eq(meeting.id, document.meetingId))
    .where(
      and(
        eq(document.initiativeId, initiativeId),
        options.meetingId ? eq(document.meetingId, options.meetingId) : isNull(document.meetingId),
      ),
    )
    .orderBy(desc(document.createdAt));
  return ok(
    rows
      .filter((row) => canSeeDocument(loaded.value.access, row.audience, row.meetingKind))
      .map(({ meetingKind: _kind, ...row }) => row),
  );
}

export type DocumentFile = { filename: string; mediaType: string; content: Buffer; sha256: string };

/** A document's bytes, for those its audience allows; NOT_FOUND for anyone else. */
export async function getDocumentFile(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<DocumentFile, "NOT_FOUND">> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({
      initiativeId: document.initiativeId,
      signalId: document.signalId,
      audience: document.audience,
      meetingKind: meeting.kind,
      filename: document.filename,
      mediaType: document.mediaType,
      content: document.content,
      sha256: document.sha256,
    })
    .from(document)
    .leftJoin(meeting, eq(meeting.id, document.meetingId))
    .where(eq(document.id, id));
  if (!row) return fail("NOT_FOUND");
  const file = { filename: row.filename, mediaType: row.mediaType, content: row.content, sha256: row.sha256 };
  if (!row.initiativeId) {
    // A signal's attachment: whoever may read the signal may read it.
    const owner = row.signalId ? await findSignal(deps, row.signalId) : undefined;
    return owner && actor && canReadSignal(actor, owner) ? ok(file) : fail("NOT_FOUND");
  }
  const loaded = await loadInitiativeForActor(deps, actor, row.initiativeId);
  if (!loaded.ok) return loaded;
  if (!canSeeDocument(loaded.value.access, row.audience, (row.meetingKind as MeetingKind | null) ?? null)) {
    return fail("NOT_FOUND");
  }
  return ok(file);
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "document";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
