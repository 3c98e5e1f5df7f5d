import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { signal } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { findSignal } from "./get-signal";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { listSignalAssignees } from "./signal-assignees";

/**
 * The team entrusts a signal to one of its members, or to nobody (`""`). The person is told
 * (`signal_assigned`) in the same transaction, unless they gave it to themselves; nobody else is.
 * Only the Fabrique's team may do it, and only to someone of that team.
 */
export async function assignSignal(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  id: string,
  assigneeUserId: string,
): Promise<Result<{ assigneeUserId: string | null }, "NOT_FOUND" | "FORBIDDEN" | "INVALID_INPUT">> {
  const row = await findSignal(deps, id);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, row)) return fail("FORBIDDEN");
  const wanted = assigneeUserId.trim() || null;
  if (wanted && !(await listSignalAssignees(deps, row.fabriqueId)).some((p) => p.userId === wanted)) {
    const message = fr.signals.assignee.invalid;
    return fail("INVALID_INPUT", { message, fields: { assigneeUserId: message } });
  }
  if (wanted === row.assigneeUserId) return ok({ assigneeUserId: wanted });
  await deps.db.transaction(async (tx) => {
    await tx
      .update(signal)
      .set({ assigneeUserId: wanted, updatedAt: deps.clock.now() })
      .where(eq(signal.id, row.id));
    if (!wanted) return;
    const details = fr.notifications.details;
    await recordNotifications(deps, tx, {
      kind: "signal_assigned",
      fabriqueId: row.fabriqueId,
      link: `/signaux/${row.id}`,
      title: row.title,
      detail: t(details.signal_assigned, { by: actor.name, reference: row.reference }),
      groupKey: `signal_assigned:${row.fabriqueId}`,
      audience: { users: [wanted] },
      actorUserId: actor.userId,
    });
  });
  return ok({ assigneeUserId: wanted });
}
