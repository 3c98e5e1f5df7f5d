import { eq } from "drizzle-orm";
import { type Actor, isFabriqueAdmin } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique } from "../db/schema";

export type WebhookFabrique = { id: string; slug: string; name: string };

/**
 * The Fabrique whose webhooks the actor manages: its own admins only (the secrets and the
 * endpoints are the team's tools); anyone else, the network animator included, gets NOT_FOUND.
 */
export async function webhookFabrique(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
): Promise<Result<WebhookFabrique, "NOT_FOUND">> {
  const [found] = await deps.db
    .select({ id: fabrique.id, slug: fabrique.slug, name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.slug, slug));
  if (!found || !isFabriqueAdmin(actor, found.id)) return fail("NOT_FOUND");
  return ok(found);
}
