import { desc, eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type CallStatus, call, callApplication, fabrique, initiative } from "../db/schema";

export type TeamCallSummary = {
  id: string;
  title: string;
  status: CallStatus;
  deadlineAt: Date;
  initiativeId: string;
  initiativeTitle: string;
  submittedCount: number;
  draftCount: number;
  withdrawnCount: number;
};

const counted = (status: string) =>
  sql<number>`count(${callApplication.id}) filter (where ${callApplication.status} = ${status})`.mapWith(
    Number,
  );

/**
 * The calls of a Fabrique for its team, drafts included, latest deadline first, with how many
 * applications each has received; NOT_FOUND for anyone outside the team (and an unknown slug).
 */
export async function listTeamCalls(
  deps: Pick<Deps, "db">,
  actor: Actor,
  fabriqueSlug: string,
): Promise<
  Result<{ fabrique: { id: string; name: string; slug: string }; calls: TeamCallSummary[] }, "NOT_FOUND">
> {
  const [owner] = await deps.db
    .select({ id: fabrique.id, name: fabrique.name, slug: fabrique.slug })
    .from(fabrique)
    .where(eq(fabrique.slug, fabriqueSlug));
  if (!owner || !isTeamMember(actor, owner.id)) return fail("NOT_FOUND");
  const calls = await deps.db
    .select({
      id: call.id,
      title: call.title,
      status: call.status,
      deadlineAt: call.deadlineAt,
      initiativeId: call.initiativeId,
      initiativeTitle: initiative.title,
      submittedCount: counted("submitted"),
      draftCount: counted("draft"),
      withdrawnCount: counted("withdrawn"),
    })
    .from(call)
    .innerJoin(initiative, eq(initiative.id, call.initiativeId))
    .leftJoin(callApplication, eq(callApplication.callId, call.id))
    .where(eq(call.fabriqueId, owner.id))
    .groupBy(call.id, initiative.title)
    .orderBy(desc(call.deadlineAt));
  return ok({ fabrique: owner, calls });
}
