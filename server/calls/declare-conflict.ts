import { and, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { callApplication, callConflict, callReview, callScore } from "../db/schema";
import { isUuid, loadJuryCall } from "./call-access";

/**
 * A jury or team member declares a conflict of interest on an application: from then on they
 * neither see nor score it, and any score they had given it is withdrawn.
 */
export async function declareConflict(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  applicationId: string,
  note = "",
): Promise<Result<{ applicationId: string }, "NOT_FOUND">> {
  if (!isUuid(applicationId)) return fail("NOT_FOUND");
  const [application] = await deps.db
    .select({ callId: callApplication.callId, status: callApplication.status })
    .from(callApplication)
    .where(eq(callApplication.id, applicationId));
  if (application?.status !== "submitted") return fail("NOT_FOUND");
  const loaded = await loadJuryCall(deps, actor, application.callId);
  if (!loaded.ok) return loaded;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(callConflict)
      .values({ applicationId, userId: actor.userId, note: note.trim().slice(0, 2000), declaredAt: now })
      .onConflictDoNothing();
    const mine = (table: typeof callScore | typeof callReview) =>
      and(eq(table.applicationId, applicationId), eq(table.userId, actor.userId));
    await tx.delete(callScore).where(mine(callScore));
    await tx.delete(callReview).where(mine(callReview));
  });
  return ok({ applicationId });
}
