import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";

/**
 * The signed-in person asks for the erasure of their data (RGPD art. 17). The request is journaled;
 * the network animator sees it on the people page and erases, after checking nothing must be kept.
 */
export async function requestErasure(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: { confirmed: boolean; reason?: string },
): Promise<Result<{ requestedAt: Date }, "UNAUTHENTICATED" | "INVALID_INPUT">> {
  if (!actor) return fail("UNAUTHENTICATED");
  if (!input.confirmed)
    return fail("INVALID_INPUT", { fields: { confirm: fr.privacy.page.confirmRequired } });
  const requestedAt = deps.clock.now();
  await recordAuditEvent(deps.db, {
    action: "erasure.requested",
    at: requestedAt,
    actorUserId: actor.userId,
    subjectUserId: actor.userId,
    details: { reason: (input.reason ?? "").trim().slice(0, 1000) },
  });
  return ok({ requestedAt });
}
