import { asc, eq } from "drizzle-orm";
import { type Actor, canReadFabrique } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type FabriqueStatus, fabrique, fabriqueStatusEvent, user } from "../db/schema";

/** A Fabrique's status journal, oldest first, for whoever may read its private space. */
export type FabriqueStatusEventRow = {
  id: string;
  fromStatus: FabriqueStatus | null;
  toStatus: FabriqueStatus;
  reason: string;
  at: Date;
  byName: string | null;
};

export async function listFabriqueStatusEvents(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
): Promise<Result<FabriqueStatusEventRow[], "NOT_FOUND">> {
  const [found] = await deps.db.select({ id: fabrique.id }).from(fabrique).where(eq(fabrique.slug, slug));
  if (!found || !canReadFabrique(actor, found.id)) return fail("NOT_FOUND");
  const events = await deps.db
    .select({
      id: fabriqueStatusEvent.id,
      fromStatus: fabriqueStatusEvent.fromStatus,
      toStatus: fabriqueStatusEvent.toStatus,
      reason: fabriqueStatusEvent.reason,
      at: fabriqueStatusEvent.at,
      byName: user.name,
    })
    .from(fabriqueStatusEvent)
    .leftJoin(user, eq(user.id, fabriqueStatusEvent.byUserId))
    .where(eq(fabriqueStatusEvent.fabriqueId, found.id))
    .orderBy(asc(fabriqueStatusEvent.at), asc(fabriqueStatusEvent.id));
  return ok(events);
}
