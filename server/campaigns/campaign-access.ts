import type { Actor } from "../core/actor";

/**
 * Who works with campaigns. The team (admin, officer) of a Fabrique opens, edits and closes its
 * campaigns and reads what they received; the network animator reads every Fabrique's campaigns.
 * Partners and carriers do not see them (the public page is for everyone).
 */
export function campaignFabriques(actor: Actor) {
  return actor.memberships
    .filter((m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer"))
    .map((m) => ({ id: m.fabriqueId, slug: m.fabriqueSlug, name: m.fabriqueName }));
}

export function canReadCampaign(actor: Actor, row: { fabriqueId: string }): boolean {
  return actor.isNetworkAnimator || canEditCampaign(actor, row);
}

export function canEditCampaign(actor: Actor, row: { fabriqueId: string }): boolean {
  return campaignFabriques(actor).some((f) => f.id === row.fabriqueId);
}

/** Whether the actor has a campaigns page at all. */
export function canListCampaigns(actor: Actor): boolean {
  return actor.isNetworkAnimator || campaignFabriques(actor).length > 0;
}
