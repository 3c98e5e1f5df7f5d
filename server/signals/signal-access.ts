import type { Actor } from "../core/actor";

/**
 * Who sees which signals. The team (admin, officer) of a Fabrique sees all of its signals; a
 * partner of the Fabrique sees only the signals they recorded themselves (a funder's droit de
 * tirage) and what became of them; the network animator reads every Fabrique's signals.
 * Only the team changes a signal.
 */
export type SignalScope = {
  all: boolean;
  teamFabriqueIds: string[];
  partnerFabriqueIds: string[];
  userId: string;
};

export function signalScope(actor: Actor): SignalScope {
  const fabriqueWide = actor.memberships.filter((m) => m.initiativeId === null);
  return {
    all: actor.isNetworkAnimator,
    teamFabriqueIds: fabriqueWide
      .filter((m) => m.role === "admin" || m.role === "officer")
      .map((m) => m.fabriqueId),
    partnerFabriqueIds: fabriqueWide.filter((m) => m.role === "partner").map((m) => m.fabriqueId),
    userId: actor.userId,
  };
}

type OwnedSignal = { fabriqueId: string; createdByUserId: string | null };

export function canReadSignal(actor: Actor, row: OwnedSignal): boolean {
  const scope = signalScope(actor);
  if (scope.all || scope.teamFabriqueIds.includes(row.fabriqueId)) return true;
  return scope.partnerFabriqueIds.includes(row.fabriqueId) && row.createdByUserId === actor.userId;
}

export function canChangeSignal(actor: Actor, row: Pick<OwnedSignal, "fabriqueId">): boolean {
  return signalScope(actor).teamFabriqueIds.includes(row.fabriqueId);
}

/** Whether the actor sees any signal list at all (team, partner or network). */
export function canListSignals(actor: Actor): boolean {
  const scope = signalScope(actor);
  return scope.all || scope.teamFabriqueIds.length > 0 || scope.partnerFabriqueIds.length > 0;
}

/** The Fabriques the actor may record a signal for: their team's and the ones they are partner of. */
export function recordingFabriques(actor: Actor) {
  return actor.memberships
    .filter(
      (m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer" || m.role === "partner"),
    )
    .map((m) => ({ id: m.fabriqueId, slug: m.fabriqueSlug, name: m.fabriqueName, role: m.role }));
}
