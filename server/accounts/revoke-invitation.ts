import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { invitation } from "../db/schema";
import { mayInvite } from "./invitation-rules";

/**
 * Withdraw a pending invitation: its link stops working. Allowed to whoever may send that
 * invitation; an invitation of a Fabrique one cannot see is NOT_FOUND.
 */
export async function revokeInvitation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  invitationId: string,
): Promise<Result<{ id: string; revokedAt: Date }, "CONFLICT" | "FORBIDDEN" | "NOT_FOUND">> {
  if (!z.uuid().safeParse(invitationId).success) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(invitation).where(eq(invitation.id, invitationId));
  if (!row) return fail("NOT_FOUND");
  const decision = mayInvite(actor, row.role, row.fabriqueId);
  if (decision === "not_found") return fail("NOT_FOUND");
  if (decision === "forbidden") return fail("FORBIDDEN");
  const now = deps.clock.now();
  const [revoked] = await deps.db
    .update(invitation)
    .set({ revokedAt: now })
    .where(and(eq(invitation.id, row.id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning({ id: invitation.id, revokedAt: invitation.revokedAt });
  if (!revoked) return fail("CONFLICT", { message: fr.accounts.invitation.alreadyClosed });
  return ok({ id: revoked.id, revokedAt: revoked.revokedAt! });
}
