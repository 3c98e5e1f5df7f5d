import { and, eq, inArray } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { type Actor, canReadFabrique } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { type FabriqueStatus, fabrique, fabriqueStatusEvent } from "../db/schema";
import { type ChangeFabriqueStatusInput, changeFabriqueStatusInput } from "./fabrique-input";
import { checkTransition, type FabriqueTransition } from "./fabrique-workflow";

export type FabriqueStatusChange = {
  slug: string;
  fromStatus: FabriqueStatus;
  status: FabriqueStatus;
  statusChangedAt: Date;
};

/**
 * The only writer of `fabrique.status`: its WHERE names the transition's source states, so a
 * row that moved meanwhile is left alone (no row updated).
 */
async function writeStatus(db: Db, fabriqueId: string, transition: FabriqueTransition, at: Date) {
  const rows = await db
    .update(fabrique)
    .set({ status: transition.to, statusChangedAt: at, updatedAt: at })
    .where(and(eq(fabrique.id, fabriqueId), inArray(fabrique.status, [...transition.from])))
    .returning({ id: fabrique.id });
  return rows.length === 1;
}

/**
 * The network animator moves a Fabrique along its lifecycle (`fabrique-workflow.ts`). The change
 * and its journal line (who, when, why) are written in one transaction.
 */
export async function changeFabriqueStatus(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  slug: string,
  input: Unparsed<ChangeFabriqueStatusInput>,
): Promise<Result<FabriqueStatusChange, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "TRANSITION_REFUSED">> {
  const [found] = await deps.db.select({ id: fabrique.id }).from(fabrique).where(eq(fabrique.slug, slug));
  if (!found || !canReadFabrique(actor, found.id)) return fail("NOT_FOUND");
  if (!actor.isNetworkAnimator) return fail("FORBIDDEN");
  const parsed = changeFabriqueStatusInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { to, reason } = parsed.data;
  const now = deps.clock.now();

  return deps.db.transaction(
    async (tx): Promise<Result<FabriqueStatusChange, "NOT_FOUND" | "TRANSITION_REFUSED">> => {
      // Lock the row so the guards see the state the update will change.
      const [current] = await tx
        .select({ status: fabrique.status, carryingStructure: fabrique.carryingStructure })
        .from(fabrique)
        .where(eq(fabrique.id, found.id))
        .for("update");
      if (!current) return fail("NOT_FOUND");
      const check = checkTransition(current.status, to, {
        reason,
        carryingStructure: current.carryingStructure,
      });
      if (!check.allowed) {
        return fail("TRANSITION_REFUSED", {
          message: check.reasons.join(" "),
          details: { reasons: check.reasons },
        });
      }
      if (!(await writeStatus(tx, found.id, check.transition, now))) {
        return fail("TRANSITION_REFUSED", { message: fr.network.workflow.changedMeanwhile });
      }
      await tx.insert(fabriqueStatusEvent).values({
        fabriqueId: found.id,
        fromStatus: current.status,
        toStatus: to,
        reason: reason.trim(),
        byUserId: actor.userId,
        at: now,
      });
      await recordAuditEvent(tx, {
        action: "fabrique.status-changed",
        at: now,
        actorUserId: actor.userId,
        fabriqueId: found.id,
        details: { from: current.status, to },
      });
      return ok({ slug, fromStatus: current.status, status: to, statusChangedAt: now });
    },
  );
}
