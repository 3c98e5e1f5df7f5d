import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  type ApplicationOutcome,
  type ApplicationStatus,
  type CallAgrement,
  type CallLegalForm,
  callApplication,
  callAttachment,
  callConflict,
} from "../db/schema";
import { loadTeamCall } from "./call-access";

export type ApplicationListItem = {
  id: string;
  name: string;
  siren: string;
  legalForm: CallLegalForm;
  agrements: CallAgrement[];
  postcode: string;
  contactName: string;
  contactEmail: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  outcome: ApplicationOutcome | null;
  keepForOtherCalls: boolean;
  /** The applicant's files, downloaded from `/appels/:id/pieces/:attachmentId`. */
  attachments: { id: string; filename: string; sizeBytes: number }[];
};

/**
 * The applications of a call, for its team: submitted and withdrawn ones (a draft is still the
 * applicant's own, only counted), except those the reader declared a conflict on.
 */
export async function listApplications(
  deps: Pick<Deps, "db">,
  actor: Actor,
  callId: string,
): Promise<
  Result<{ applications: ApplicationListItem[]; draftCount: number; conflictedCount: number }, "NOT_FOUND">
> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select({
      id: callApplication.id,
      name: callApplication.name,
      siren: callApplication.siren,
      legalForm: callApplication.legalForm,
      agrements: callApplication.agrements,
      postcode: callApplication.postcode,
      contactName: callApplication.contactName,
      contactEmail: callApplication.contactEmail,
      status: callApplication.status,
      submittedAt: callApplication.submittedAt,
      outcome: callApplication.outcome,
      keepForOtherCalls: callApplication.keepForOtherCalls,
      conflict: callConflict.userId,
    })
    .from(callApplication)
    .leftJoin(
      callConflict,
      and(eq(callConflict.applicationId, callApplication.id), eq(callConflict.userId, actor.userId)),
    )
    .where(and(eq(callApplication.callId, callId), ne(callApplication.status, "draft")))
    .orderBy(asc(callApplication.name));
  const drafts = await deps.db
    .select({ id: callApplication.id })
    .from(callApplication)
    .where(and(eq(callApplication.callId, callId), eq(callApplication.status, "draft")));
  const visible = rows.filter((row) => !row.conflict);
  const files = visible.length
    ? await deps.db
        .select({
          id: callAttachment.id,
          applicationId: callAttachment.applicationId,
          filename: callAttachment.filename,
          sizeBytes: callAttachment.sizeBytes,
        })
        .from(callAttachment)
        .where(
          inArray(
            callAttachment.applicationId,
            visible.map((row) => row.id),
          ),
        )
        .orderBy(asc(callAttachment.filename))
    : [];
  return ok({
    applications: visible.map(({ conflict: _c, ...row }) => ({
      ...row,
      attachments: files
        .filter((file) => file.applicationId === row.id)
        .map(({ applicationId: _a, ...file }) => file),
    })),
    draftCount: drafts.length,
    // Submitted applications the reader declared a conflict on: counted, never named. They are
    // still told of the decision, so the decision page's list of who is told says how many.
    conflictedCount: rows.filter((row) => row.conflict && row.status === "submitted").length,
  });
}
