import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { call, initiative } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadTeamCall } from "./call-access";
import { formatDeadline } from "./copy-call";

const text = fr.calls.validation;

/**
 * The team publishes its draft call: from then on it is on the public pages and receives
 * applications until its deadline, which must still be ahead; the initiative must still be
 * looking for its carrier.
 */
export async function publishCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  callId: string,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  if (row.status !== "draft") return fail("WRITE_REFUSED", { message: text.notDraft });
  const now = deps.clock.now();
  if (row.deadlineAt.getTime() <= now.getTime()) {
    return fail("INVALID_INPUT", { fields: { deadlineDate: text.deadlinePast } });
  }
  const [owner] = await deps.db
    .select({ stage: initiative.stage })
    .from(initiative)
    .where(eq(initiative.id, row.initiativeId));
  if (owner?.stage !== "carrier_search") return fail("WRITE_REFUSED", { message: text.stage });
  return deps.db.transaction(async (tx): Promise<Result<{ id: string }, "WRITE_REFUSED">> => {
    const updated = await tx
      .update(call)
      .set({ status: "published", publishedAt: now, updatedAt: now })
      .where(and(eq(call.id, callId), eq(call.status, "draft")))
      .returning({ id: call.id });
    if (!updated.length) return fail("WRITE_REFUSED", { message: text.notDraft });
    await recordInitiativeEvent(tx, {
      initiativeId: row.initiativeId,
      kind: "carrier",
      note: t(fr.calls.journal.published, { title: row.title, deadline: formatDeadline(row.deadlineAt) }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ id: callId });
  });
}
