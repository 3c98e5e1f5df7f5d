import { and, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { webhookEndpoint } from "../db/schema";
import { webhookFabrique } from "./webhook-fabrique";

/**
 * Disables, enables again or deletes (with its delivery log) one endpoint of the actor's
 * Fabrique; another Fabrique's endpoint answers NOT_FOUND.
 */
export async function changeWebhook(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
  input: { endpointId: string; change: "disable" | "enable" | "delete" },
): Promise<Result<{ id: string }, "NOT_FOUND">> {
  const found = await webhookFabrique(deps, actor, slug);
  if (!found.ok) return found;
  if (!/^[0-9a-f-]{36}$/i.test(input.endpointId)) return fail("NOT_FOUND");
  const mine = and(eq(webhookEndpoint.id, input.endpointId), eq(webhookEndpoint.fabriqueId, found.value.id));
  const rows =
    input.change === "delete"
      ? await deps.db.delete(webhookEndpoint).where(mine).returning({ id: webhookEndpoint.id })
      : await deps.db
          .update(webhookEndpoint)
          .set({ active: input.change === "enable" })
          .where(mine)
          .returning({ id: webhookEndpoint.id });
  return rows[0] ? ok(rows[0]) : fail("NOT_FOUND");
}
