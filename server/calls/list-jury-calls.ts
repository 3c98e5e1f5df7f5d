import { and, desc, eq, ne } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { type CallStatus, call, callJuror, fabrique } from "../db/schema";

export type JuryCallSummary = {
  id: string;
  title: string;
  status: CallStatus;
  deadlineAt: Date;
  fabriqueName: string;
};

/** The published or decided calls whose jury the actor sits on (team member or invited partner). */
export async function listJuryCalls(deps: Pick<Deps, "db">, actor: Actor): Promise<JuryCallSummary[]> {
  return deps.db
    .select({
      id: call.id,
      title: call.title,
      status: call.status,
      deadlineAt: call.deadlineAt,
      fabriqueName: fabrique.name,
    })
    .from(callJuror)
    .innerJoin(call, eq(call.id, callJuror.callId))
    .innerJoin(fabrique, eq(fabrique.id, call.fabriqueId))
    .where(and(eq(callJuror.userId, actor.userId), ne(call.status, "draft")))
    .orderBy(desc(call.deadlineAt));
}
