import { asc, eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  type CallStatus,
  callApplication,
  callJuror,
  callReview,
  fabrique,
  initiative,
  type JurorKind,
  user,
} from "../db/schema";
import { loadTeamCall } from "./call-access";
import { isJuryTime, isOpenForApplications } from "./deadline";

export type TeamCall = {
  id: string;
  title: string;
  status: CallStatus;
  deadlineAt: Date;
  publishedAt: Date | null;
  initiativeId: string;
  initiativeTitle: string;
  fabriqueSlug: string;
  deliberationNotes: string;
  decisionId: string | null;
  /** Applications are received now. */
  open: boolean;
  /** The deadline has passed and nothing is decided: the jury scores, the team deliberates. */
  juryTime: boolean;
  /** Each juror with how many applications they have submitted a review of. */
  jurors: { userId: string; name: string; email: string; kind: JurorKind; reviewsSubmitted: number }[];
};

/** A call as its team manages it: state, jury and the jury's progress; NOT_FOUND off the team. */
export async function getTeamCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  callId: string,
): Promise<Result<TeamCall, "NOT_FOUND">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  const [[owner], jurors] = await Promise.all([
    deps.db
      .select({ title: initiative.title, slug: fabrique.slug })
      .from(initiative)
      .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
      .where(eq(initiative.id, row.initiativeId)),
    deps.db
      .select({
        userId: callJuror.userId,
        name: user.name,
        email: user.email,
        kind: callJuror.kind,
        reviewsSubmitted: sql<number>`(select count(*) from ${callReview}
          join ${callApplication} on ${callApplication.id} = ${callReview.applicationId}
          where ${callReview.userId} = ${callJuror.userId} and ${callApplication.callId} = ${callId}
          and ${callApplication.status} = 'submitted' and ${callReview.submittedAt} is not null)`.mapWith(
          Number,
        ),
      })
      .from(callJuror)
      .innerJoin(user, eq(user.id, callJuror.userId))
      .where(eq(callJuror.callId, callId))
      .orderBy(asc(user.name)),
  ]);
  const now = deps.clock.now();
  return ok({
    id: row.id,
    title: row.title,
    status: row.status,
    deadlineAt: row.deadlineAt,
    publishedAt: row.publishedAt,
    initiativeId: row.initiativeId,
    initiativeTitle: owner?.title ?? "",
    fabriqueSlug: owner?.slug ?? "",
    deliberationNotes: row.deliberationNotes,
    decisionId: row.decisionId,
    open: isOpenForApplications(row, now),
    juryTime: isJuryTime(row, now),
    jurors,
  });
}
