import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { WebhookEvent } from "../../shared/codes/webhooks";
import type { Deps } from "../core/deps";
import { sendJobs } from "../core/jobs";
import type { Db } from "../db/database";
import { fabrique, webhookDelivery, webhookEndpoint } from "../db/schema";

/**
 * One event as a Fabrique's own team may see it: its object's id, title and page, and what
 * happened. Never anything of another Fabrique, nor a submitter's contact details.
 */
export type WebhookEventInput = {
  event: WebhookEvent;
  fabriqueId: string;
  object: {
    type: "signal" | "initiative";
    id: string;
    reference?: string | null;
    title: string;
    path: string;
  };
  /** What happened, in the event's words (`{ from, to }` for a stage, `{ kind }` for a decision). */
  detail: Record<string, string | null>;
};

/**
 * Queues, in the event's transaction (`tx`), one delivery per active endpoint of the event's
 * Fabrique that chose it: a `webhook_delivery` row and its `webhook-delivery` job, named after
 * the delivery. Returns how many were queued.
 */
export async function queueWebhooks(deps: Pick<Deps, "clock" | "config">, tx: Db, input: WebhookEventInput) {
  const endpoints = await tx
    .select({ id: webhookEndpoint.id, slug: fabrique.slug })
    .from(webhookEndpoint)
    .innerJoin(fabrique, eq(fabrique.id, webhookEndpoint.fabriqueId))
    .where(
      and(
        eq(webhookEndpoint.fabriqueId, input.fabriqueId),
        eq(webhookEndpoint.active, true),
        sql`${input.event} = any(${webhookEndpoint.events})`,
      ),
    );
  if (!endpoints.length) return 0;
  const occurredAt = deps.clock.now();
  const rows = endpoints.map((endpoint) => {
    const id = randomUUID();
    const payload = {
      id,
      event: input.event,
      occurredAt: occurredAt.toISOString(),
      fabrique: endpoint.slug,
      object: { ...input.object, url: `${deps.config.publicUrl}${input.object.path}` },
      detail: input.detail,
    };
    return { id, endpointId: endpoint.id, event: input.event, payload, createdAt: occurredAt };
  });
  await tx.insert(webhookDelivery).values(rows);
  await sendJobs(
    tx,
    "webhookDelivery",
    rows.map((row) => ({ id: row.id, data: { deliveryId: row.id } })),
  );
  return rows.length;
}
