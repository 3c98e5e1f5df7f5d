import type { MembershipRole } from "../db/schema";

export type ActorMembership = {
  fabriqueId: string;
  fabriqueSlug: string;
  fabriqueName: string;
  role: MembershipRole;
  /** Set when the role covers one initiative only (partner of an initiative, carrier). */
  initiativeId: string | null;
};

/** Who is acting: resolved from a session cookie or an API token, never from client input. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isNetworkAnimator: boolean;
  memberships: ActorMembership[];
};

const teamRoles: readonly MembershipRole[] = ["admin", "officer"];

/** Can see the Fabrique's private space (its dashboard, team, private rows). */
export function canReadFabrique(actor: Actor | null, fabriqueId: string): boolean {
  if (!actor) return false;
  if (actor.isNetworkAnimator) return true;
  return actor.memberships.some((m) => m.fabriqueId === fabriqueId && m.initiativeId === null);
}

/** Works in the Fabrique every day: chargé·e de mission or Fabrique admin. */
export function isTeamMember(actor: Actor | null, fabriqueId: string): boolean {
  if (!actor) return false;
  return actor.memberships.some((m) => m.fabriqueId === fabriqueId && teamRoles.includes(m.role));
}

export function isFabriqueAdmin(actor: Actor | null, fabriqueId: string): boolean {
  if (!actor) return false;
  return actor.memberships.some((m) => m.fabriqueId === fabriqueId && m.role === "admin");
}

/** Fabrique admins manage their team; the network animator may step in for any Fabrique. */
export function canManageTeam(actor: Actor | null, fabriqueId: string): boolean {
  if (!actor) return false;
  return actor.isNetworkAnimator || isFabriqueAdmin(actor, fabriqueId);
}

export function isNetworkAnimator(actor: Actor | null): actor is Actor {
  return !!actor?.isNetworkAnimator;
}
