import { desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, type InvitationRole, invitation, user } from "../db/schema";
import { mayInvite } from "./invitation-rules";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export type InvitationListItem = {
  id: string;
  email: string;
  role: InvitationRole;
  status: InvitationStatus;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

const inviter = alias(user, "inviter");

const statusOrder: Record<InvitationStatus, number> = { pending: 0, expired: 1, accepted: 2, revoked: 3 };

export function invitationStatus(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

/**
 * The invitations of a Fabrique (or, with `null`, of the network animators), pending ones first, for
 * those who may manage that team.
 */
export async function listInvitations(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  fabriqueId: string | null,
): Promise<Result<InvitationListItem[], "FORBIDDEN" | "NOT_FOUND">> {
  if (fabriqueId) {
    const [target] = await deps.db
      .select({ id: fabrique.id })
      .from(fabrique)
      .where(eq(fabrique.id, fabriqueId));
    if (!target) return fail("NOT_FOUND");
  }
  // Officers and partners are invited by the same people who may see the list.
  const decision = mayInvite(actor, fabriqueId ? "officer" : "network_animator", fabriqueId);
  if (decision === "not_found") return fail("NOT_FOUND");
  if (decision === "forbidden") return fail("FORBIDDEN");

  const rows = await deps.db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      invitedByName: inviter.name,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
    })
    .from(invitation)
    .leftJoin(inviter, eq(inviter.id, invitation.invitedById))
    .where(fabriqueId ? eq(invitation.fabriqueId, fabriqueId) : isNull(invitation.fabriqueId))
    .orderBy(desc(invitation.createdAt), desc(invitation.id));
  const now = deps.clock.now();
  // Pending invitations first (they are the ones to act on), then the rest, newest first.
  const items = rows.map((row) => ({ ...row, status: invitationStatus(row, now) }));
  return ok(items.sort((a, b) => statusOrder[a.status] - statusOrder[b.status]));
}
