import { proposingFabriques } from "../catalogue/model-access";
import type { Actor } from "../core/actor";

/**
 * The existing offer is public information (data·inclusion is open data): anyone may read it;
 * Fabrique teams and the network animator import it.
 */
export function canImportOffer(actor: Actor | null): boolean {
  return !!actor && (actor.isNetworkAnimator || proposingFabriques(actor).length > 0);
}
