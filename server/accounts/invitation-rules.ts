import { type Actor, canManageTeam, canReadFabrique } from "../core/actor";
import type { InvitationRole } from "../db/schema";

/**
 * Who may invite (or revoke an invitation for) which role, with no I/O:
 * - the network animator role: the network animator only;
 * - `admin`, `officer`, `partner`, `carrier` of a Fabrique: its admins, or the network animator
 *   (an admin may already promote a member to admin, so inviting a co-admin is the same right).
 * Someone who cannot see the Fabrique learns nothing about it: `not_found`, never `forbidden`.
 */
export function mayInvite(
  actor: Actor,
  role: InvitationRole,
  fabriqueId: string | null,
): "allowed" | "forbidden" | "not_found" {
  if (role === "network_animator" || fabriqueId === null) {
    return actor.isNetworkAnimator ? "allowed" : "forbidden";
  }
  if (!canReadFabrique(actor, fabriqueId)) return "not_found";
  return canManageTeam(actor, fabriqueId) ? "allowed" : "forbidden";
}
