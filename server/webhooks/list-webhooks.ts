import { asc, count, desc, eq } from "drizzle-orm";
import {
  WEBHOOK_DELIVERIES_PER_PAGE,
  type WebhookDeliveryStatus,
  type WebhookEvent,
} from "../../shared/codes/webhooks";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { webhookDelivery, webhookEndpoint } from "../db/schema";
import { type WebhookFabrique, webhookFabrique } from "./webhook-fabrique";

export type WebhookSettings = {
  fabrique: WebhookFabrique;
  /** The endpoints, without their secrets (shown once, at registration). */
  endpoints: { id: string; url: string; events: WebhookEvent[]; active: boolean; createdAt: Date }[];
  deliveries: {
    id: string;
    url: string;
    event: WebhookEvent;
    status: WebhookDeliveryStatus;
    httpStatus: number | null;
    attempts: number;
    lastError: string | null;
    createdAt: Date;
    lastAttemptAt: Date | null;
  }[];
  page: number;
  pages: number;
};

/** A Fabrique's endpoints and one page of its delivery log, newest first, for its admins. */
export async function listWebhooks(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
  page = 1,
): Promise<Result<WebhookSettings, "NOT_FOUND">> {
  const found = await webhookFabrique(deps, actor, slug);
  if (!found.ok) return found;
  const fabriqueId = found.value.id;
  const endpoints = await deps.db
    .select({
      id: webhookEndpoint.id,
      url: webhookEndpoint.url,
      events: webhookEndpoint.events,
      active: webhookEndpoint.active,
      createdAt: webhookEndpoint.createdAt,
    })
    .from(webhookEndpoint)
    .where(eq(webhookEndpoint.fabriqueId, fabriqueId))
    .orderBy(asc(webhookEndpoint.createdAt));
  const [total] = await deps.db
    .select({ n: count() })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .where(eq(webhookEndpoint.fabriqueId, fabriqueId));
  const pages = Math.max(1, Math.ceil((total?.n ?? 0) / WEBHOOK_DELIVERIES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const deliveries = await deps.db
    .select({
      id: webhookDelivery.id,
      url: webhookEndpoint.url,
      event: webhookDelivery.event,
      status: webhookDelivery.status,
      httpStatus: webhookDelivery.httpStatus,
      attempts: webhookDelivery.attempts,
      lastError: webhookDelivery.lastError,
      createdAt: webhookDelivery.createdAt,
      lastAttemptAt: webhookDelivery.lastAttemptAt,
    })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .where(eq(webhookEndpoint.fabriqueId, fabriqueId))
    .orderBy(desc(webhookDelivery.createdAt), desc(webhookDelivery.id))
    .limit(WEBHOOK_DELIVERIES_PER_PAGE)
    .offset((current - 1) * WEBHOOK_DELIVERIES_PER_PAGE);
  return ok({ fabrique: found.value, endpoints, deliveries, page: current, pages });
}
