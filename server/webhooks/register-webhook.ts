import { count, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { webhookEndpoint } from "../db/schema";
import { webhookFabrique } from "./webhook-fabrique";
import { checkWebhookEvents, checkWebhookUrl, newWebhookSecret } from "./webhook-rules";

/** Endpoints one Fabrique may keep. */
export const MAX_WEBHOOK_ENDPOINTS = 10;

/**
 * A Fabrique admin registers an endpoint: its URL (https, public) and the events it wants. The
 * answer carries the secret, which is shown this once.
 */
export async function registerWebhook(
  deps: Pick<Deps, "db" | "config">,
  actor: Actor,
  slug: string,
  input: { url: string; events: string[] },
): Promise<Result<{ id: string; url: string; secret: string }, "NOT_FOUND" | "INVALID_INPUT">> {
  const found = await webhookFabrique(deps, actor, slug);
  if (!found.ok) return found;
  const url = checkWebhookUrl(input.url, deps.config.webhookAllowedHosts);
  const events = checkWebhookEvents(input.events);
  const fields: Record<string, string> = {};
  if ("refusal" in url) fields.url = url.refusal;
  if ("refusal" in events) fields.events = events.refusal;
  if ("refusal" in url || "refusal" in events) return fail("INVALID_INPUT", { fields });
  const [existing] = await deps.db
    .select({ n: count() })
    .from(webhookEndpoint)
    .where(eq(webhookEndpoint.fabriqueId, found.value.id));
  if ((existing?.n ?? 0) >= MAX_WEBHOOK_ENDPOINTS)
    return fail("INVALID_INPUT", { fields: { url: fr.webhooks.refusals.tooMany } });
  const secret = newWebhookSecret();
  const [row] = await deps.db
    .insert(webhookEndpoint)
    .values({
      fabriqueId: found.value.id,
      url: url.url,
      events: events.events,
      secret,
      createdByUserId: actor.userId,
    })
    .returning({ id: webhookEndpoint.id });
  return ok({ id: row!.id, url: url.url, secret });
}
