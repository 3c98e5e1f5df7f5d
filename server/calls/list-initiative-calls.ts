import { desc, eq } from "drizzle-orm";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type CallStatus, call, initiative } from "../db/schema";
import { isUuid } from "./call-access";

/** The calls opened on an initiative, drafts included, for its Fabrique's team; NOT_FOUND for anyone else. */
export async function listInitiativeCalls(
  deps: Pick<Deps, "db">,
  actor: Actor,
  initiativeId: string,
): Promise<Result<{ id: string; title: string; status: CallStatus; deadlineAt: Date }[], "NOT_FOUND">> {
  if (!isUuid(initiativeId)) return fail("NOT_FOUND");
  const [owner] = await deps.db
    .select({ fabriqueId: initiative.fabriqueId })
    .from(initiative)
    .where(eq(initiative.id, initiativeId));
  if (!owner || !isTeamMember(actor, owner.fabriqueId)) return fail("NOT_FOUND");
  const calls = await deps.db
    .select({ id: call.id, title: call.title, status: call.status, deadlineAt: call.deadlineAt })
    .from(call)
    .where(eq(call.initiativeId, initiativeId))
    .orderBy(desc(call.deadlineAt));
  return ok(calls);
}
