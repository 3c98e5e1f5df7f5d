import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { fail, ok, type Result } from "../core/result";
import { proposingFabriques } from "./model-access";

/**
 * Which Fabrique a new model (proposed or imported) belongs to: the one chosen, the actor's only
 * team, or none (the network) for the animator who chose none. Never a Fabrique the actor is
 * not a team member of.
 */
export function resolveModelOwner(
  actor: Actor,
  fabriqueId: string | undefined,
): Result<string | null, "FORBIDDEN" | "INVALID_INPUT"> {
  const teams = proposingFabriques(actor);
  if (fabriqueId) {
    if (teams.some((f) => f.id === fabriqueId)) return ok(fabriqueId);
    return fail("FORBIDDEN", { fields: { fabriqueId: fr.catalogue.proposal.notYourFabrique } });
  }
  if (actor.isNetworkAnimator) return ok(null);
  if (teams.length === 1) return ok(teams[0]!.id);
  if (teams.length === 0) return fail("FORBIDDEN", { message: fr.catalogue.proposal.notInATeam });
  return fail("INVALID_INPUT", { fields: { fabriqueId: fr.catalogue.proposal.chooseFabrique } });
}
