import { searchModels } from "../catalogue/search-models";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { findOfferByText, type TextMatchedService } from "../offer/find-offer-by-text";
import { listOffer, type OfferServiceItem } from "../offer/list-offer";
import type { WhyItem } from "../search/explain";
import { findSimilarSignals, type SimilarSignal } from "../signals/find-similar-signals";
import { findSignal } from "../signals/get-signal";
import { canReadSignal } from "../signals/signal-access";
import { findSimilarInitiatives, type SimilarInitiative } from "./find-similar-initiatives";

export type SignalMatches = {
  models: { id: string; title: string; summary: string; score: number; why: WhyItem[] }[];
  similar: SimilarSignal[];
  initiatives: SimilarInitiative[];
  offer: OfferServiceItem[];
  offerTotal: number;
  /**
   * Services without `thematiques` proposed from their own name and description, each with the
   * signal's words they hold (`findOfferByText`).
   */
  offerByText: TextMatchedService[];
  /**
   * The parts whose search failed, shown as such rather than as "nothing found" (the failure is
   * logged): `models` (the catalogue's search), `offer` (the existing offer's).
   */
  unavailable: ("models" | "offer")[];
};

/**
 * "Ce qui existe déjà" for one signal: the catalogue models that answer it (the catalogue's own
 * search, with its why), similar signals and initiatives across the network (other Fabriques'
 * with their public fields only), and the existing offer covering its territory in its themes
 * (the offer's own service). Nothing is reimplemented here. A search that fails is named in
 * `unavailable` and logged, never turned into an empty list.
 */
export async function getSignalMatches(
  deps: Pick<Deps, "db" | "log">,
  actor: Actor,
  id: string,
): Promise<Result<SignalMatches, "NOT_FOUND">> {
  const row = await findSignal(deps, id);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  const territory = { kind: row.territoryKind, code: row.territoryCode };
  // One after the other: the embedded database runs one query at a time anyway.
  const models = await searchModels(deps, actor, {
    q: `${row.title} ${row.description}`.slice(0, 500),
    limit: 5,
  });
  const draft = {
    id: row.id,
    title: row.title,
    description: row.description,
    territory,
    themes: row.themes,
  };
  const similar = await findSimilarSignals(deps, actor, draft);
  const initiatives = await findSimilarInitiatives(deps, actor, draft);
  const offer = await listOffer(deps, {
    territory: `${territory.kind}:${territory.code}`,
    theme: row.themes,
    limit: 10,
  });
  const offerByText = await findOfferByText(deps, {
    territory: `${territory.kind}:${territory.code}`,
    texts: [row.title, row.description],
    limit: 10,
  });
  const unavailable = (
    [
      ["models", models],
      ["offer", offer],
      ["offer", offerByText],
    ] as const
  ).flatMap(([part, result]) => {
    if (result.ok) return [];
    deps.log.error(
      { signalId: row.id, part, error: result.error, fields: result.fields },
      "signal matches: search failed",
    );
    return [part];
  });
  return ok({
    models: models.ok
      ? models.value.results.map((m) => ({
          id: m.id,
          title: m.title,
          summary: m.summary,
          score: m.score,
          why: m.why,
        }))
      : [],
    similar,
    initiatives,
    offer: offer.ok ? offer.value.services : [],
    offerTotal: offer.ok ? offer.value.total : 0,
    offerByText: offerByText.ok ? offerByText.value : [],
    unavailable: [...new Set(unavailable)],
  });
}
