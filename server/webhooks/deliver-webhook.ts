import { and, eq, sql } from "drizzle-orm";
import { WEBHOOK_MAX_ATTEMPTS } from "../../shared/codes/webhooks";
import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { webhookDelivery, webhookEndpoint } from "../db/schema";
import { postWebhook, WebhookBlockedError } from "./post-webhook";
import { signWebhook } from "./webhook-rules";

export class WebhookDeliveryError extends Error {}

/**
 * The `webhook-delivery` job: reads the delivery and its endpoint, POSTs the payload signed with
 * the endpoint's secret with no transaction open, then records the outcome. A 2xx marks it
 * delivered; anything else is recorded and thrown so the queue retries with its backoff, and the
 * fifth attempt marks it failed. A refused address (SSRF guard) fails at once: no retry changes it.
 */
export async function deliverWebhook(
  deps: Pick<Deps, "db" | "log" | "config" | "clock">,
  deliveryId: string,
) {
  const pending = and(eq(webhookDelivery.id, deliveryId), eq(webhookDelivery.status, "pending"));
  const [row] = await deps.db
    .select({
      delivery: webhookDelivery,
      url: webhookEndpoint.url,
      secret: webhookEndpoint.secret,
      active: webhookEndpoint.active,
    })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .where(pending);
  if (!row) return "skipped" as const;
  const attempts = row.delivery.attempts + 1;
  const body = JSON.stringify(row.delivery.payload);
  const now = Math.floor(Date.now() / 1000);
  const record = (values: Partial<typeof webhookDelivery.$inferInsert>) =>
    deps.db
      .update(webhookDelivery)
      .set({ attempts, lastAttemptAt: sql`now()`, ...values })
      .where(pending);
  if (!row.active) {
    await record({ status: "failed", lastError: fr.webhooks.refusals.disabled });
    return "failed" as const;
  }
  let status: number;
  try {
    status = await postWebhook(
      row.url,
      body,
      {
        "user-agent": "Essaim-Webhooks/1",
        "x-essaim-event": row.delivery.event,
        "x-essaim-event-id": row.delivery.id,
        "x-essaim-signature": signWebhook(row.secret, now, body),
      },
      deps.config.webhookAllowedHosts,
    );
  } catch (error) {
    const message = String((error as Error).message);
    const blocked = error instanceof WebhookBlockedError;
    await record({
      lastError: message,
      status: blocked || attempts >= WEBHOOK_MAX_ATTEMPTS ? "failed" : "pending",
    });
    deps.log.warn({ err: error, deliveryId, attempts }, "webhook delivery failed");
    if (blocked) return "failed" as const;
    throw new WebhookDeliveryError(message);
  }
  if (status >= 200 && status < 300) {
    await record({ status: "delivered", httpStatus: status, lastError: null });
    return "delivered" as const;
  }
  const message = `HTTP ${status}`;
  await record({
    httpStatus: status,
    lastError: message,
    status: attempts >= WEBHOOK_MAX_ATTEMPTS ? "failed" : "pending",
  });
  throw new WebhookDeliveryError(message);
}
