import { type Actor, canReadFabrique, isTeamMember } from "../core/actor";
import type { ModelStatus } from "../db/schema";

/**
 * Who sees and changes which model. Published models are public; drafts and archived models
 * are seen by the Fabrique that owns them and by the network animator only (anyone else gets
 * "not found"). Fabrique team members propose drafts; the network animator publishes.
 */
export type ModelOwnership = { status: ModelStatus; ownerFabriqueId: string | null };

export function canReadModel(actor: Actor | null, model: ModelOwnership): boolean {
  if (model.status === "published") return true;
  if (!actor) return false;
  if (actor.isNetworkAnimator) return true;
  return model.ownerFabriqueId !== null && canReadFabrique(actor, model.ownerFabriqueId);
}

/** A draft is edited by its Fabrique's team; the network animator may edit any model. */
export function canEditModel(actor: Actor | null, model: ModelOwnership): boolean {
  if (!actor) return false;
  if (actor.isNetworkAnimator) return true;
  return (
    model.status === "draft" && model.ownerFabriqueId !== null && isTeamMember(actor, model.ownerFabriqueId)
  );
}

/** Fabriques in whose name the actor may propose a model. */
export function proposingFabriques(actor: Actor | null): { id: string; name: string }[] {
  if (!actor) return [];
  const seen = new Map<string, string>();
  for (const m of actor.memberships) {
    if (isTeamMember(actor, m.fabriqueId)) seen.set(m.fabriqueId, m.fabriqueName);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

export function canProposeModel(actor: Actor | null): boolean {
  return !!actor && (actor.isNetworkAnimator || proposingFabriques(actor).length > 0);
}

export function canChangeModelStatus(actor: Actor | null): boolean {
  return !!actor?.isNetworkAnimator;
}

/**
 * What a search may show this actor: published models, plus the drafts (and, when asked for,
 * archived models) of the Fabriques they belong to, or of every Fabrique for the animator.
 */
export type ModelScope = { allFabriques: boolean; fabriqueIds: string[] };

export function modelScopeOf(actor: Actor | null): ModelScope {
  if (!actor) return { allFabriques: false, fabriqueIds: [] };
  if (actor.isNetworkAnimator) return { allFabriques: true, fabriqueIds: [] };
  const ids = new Set(
    actor.memberships.filter((m) => canReadFabrique(actor, m.fabriqueId)).map((m) => m.fabriqueId),
  );
  return { allFabriques: false, fabriqueIds: [...ids] };
}
