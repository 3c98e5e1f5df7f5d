import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { sendJobs } from "../core/jobs";
import { fail, ok, type Result } from "../core/result";
import { webhookDelivery, webhookEndpoint } from "../db/schema";
import { webhookFabrique } from "./webhook-fabrique";

/**
 * An admin sends a failed delivery again by hand (from the delivery log, decision record 0150):
 * the same event (same id, same payload, so a receiver that already has it can tell), back to
 * `pending` with its attempts counted from zero, and a new `webhook-delivery` job queued in the
 * same transaction, which retries with the queue's backoff. Only a failed delivery of an active
 * endpoint of the actor's own Fabrique; another Fabrique's answers NOT_FOUND.
 */
export async function resendWebhook(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
  deliveryId: string,
): Promise<Result<{ id: string }, "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await webhookFabrique(deps, actor, slug);
  if (!found.ok) return found;
  if (!/^[0-9a-f-]{36}$/i.test(deliveryId)) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({ status: webhookDelivery.status, active: webhookEndpoint.active })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .where(and(eq(webhookDelivery.id, deliveryId), eq(webhookEndpoint.fabriqueId, found.value.id)));
  if (!row) return fail("NOT_FOUND");
  const refusals = fr.webhooks.refusals;
  if (row.status !== "failed") return fail("WRITE_REFUSED", { message: refusals.resendNotFailed });
  if (!row.active) return fail("WRITE_REFUSED", { message: refusals.resendDisabled });
  const resent = await deps.db.transaction(async (tx) => {
    const updated = await tx
      .update(webhookDelivery)
      .set({ status: "pending", attempts: 0, httpStatus: null, lastError: null })
      .where(and(eq(webhookDelivery.id, deliveryId), eq(webhookDelivery.status, "failed")))
      .returning({ id: webhookDelivery.id });
    // The first job was named after the delivery and stays in pg-boss's history: a new name.
    if (updated.length) await sendJobs(tx, "webhookDelivery", [{ id: randomUUID(), data: { deliveryId } }]);
    return updated.length > 0;
  });
  return resent ? ok({ id: deliveryId }) : fail("WRITE_REFUSED", { message: refusals.resendNotFailed });
}
