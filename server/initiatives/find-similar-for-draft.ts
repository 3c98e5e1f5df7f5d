import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { findSimilarSignals, type SimilarSignal } from "../signals/find-similar-signals";
import { recordingFabriques } from "../signals/signal-access";
import type { SimilarDraftQuery } from "../signals/similar-schemas";
import { findSimilarInitiatives, type SimilarInitiative } from "./find-similar-initiatives";

export type SimilarForDraft = { similar: SimilarSignal[]; initiatives: SimilarInitiative[] };

/**
 * Duplicates while typing: the similar signals and initiatives of the network for a text not yet
 * saved. Only someone who records signals (a Fabrique's team or partner) or the network animator
 * asks; the public never sees other people's signals.
 */
export async function findSimilarForDraft(
  deps: Pick<Deps, "db">,
  actor: Actor,
  draft: SimilarDraftQuery,
): Promise<Result<SimilarForDraft, "FORBIDDEN">> {
  if (!actor.isNetworkAnimator && recordingFabriques(actor).length === 0) return fail("FORBIDDEN");
  const input = {
    title: draft.title,
    description: draft.description,
    territory: draft.territory,
    themes: draft.themes,
  };
  // One after the other: the embedded database runs one query at a time anyway.
  const similar = await findSimilarSignals(deps, actor, input);
  const initiatives = await findSimilarInitiatives(deps, actor, input);
  return ok({ similar, initiatives });
}
