import { and, eq } from "drizzle-orm";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { call, callJuror } from "../db/schema";

export type CallRow = typeof call.$inferSelect;
export type CallSeat = { isTeam: boolean; isJuror: boolean };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

export async function findCall(deps: Pick<Deps, "db">, callId: string): Promise<CallRow | undefined> {
  if (!isUuid(callId)) return undefined;
  const [row] = await deps.db.select().from(call).where(eq(call.id, callId));
  return row;
}

/** A call its Fabrique's team manages; anyone else learns nothing of it (NOT_FOUND). */
export async function loadTeamCall(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  callId: string,
): Promise<Result<CallRow, "NOT_FOUND">> {
  const row = await findCall(deps, callId);
  if (!row || !isTeamMember(actor, row.fabriqueId)) return fail("NOT_FOUND");
  return ok(row);
}

/**
 * A call as its team or its jury sees it: a partner who does not sit on the jury, or a member of
 * another Fabrique, gets NOT_FOUND.
 */
export async function loadJuryCall(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  callId: string,
): Promise<Result<{ call: CallRow; seat: CallSeat }, "NOT_FOUND">> {
  if (!actor || !isUuid(callId)) return fail("NOT_FOUND");
  // One round trip: the call and the reader's seat on its jury.
  const [found] = await deps.db
    .select({ call, jurorId: callJuror.userId })
    .from(call)
    .leftJoin(callJuror, and(eq(callJuror.callId, call.id), eq(callJuror.userId, actor.userId)))
    .where(eq(call.id, callId));
  if (!found) return fail("NOT_FOUND");
  const seat = { isTeam: isTeamMember(actor, found.call.fabriqueId), isJuror: found.jurorId !== null };
  if (!seat.isTeam && !seat.isJuror) return fail("NOT_FOUND");
  return ok({ call: found.call, seat });
}
