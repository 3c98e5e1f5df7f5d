import { type Actor, canManageTeam, canReadFabrique } from "../core/actor";
import type { InvitationRole } from "../db/schema";

/**
 * Who may invite (or revoke an invitation for) which role, with no I/O:
 * - the network animator role and a Fabrique `admin`: the network animator only;
 * - `officer`, `partner`, `carrier`: the Fabrique's admins, or the network animator.
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
  if (role === "admin") return actor.isNetworkAnimator ? "allowed" : "forbidden";
  return canManageTeam(actor, fabriqueId) ? "allowed" : "forbidden";
}
