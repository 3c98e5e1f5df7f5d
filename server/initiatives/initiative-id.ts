import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiative } from "../db/schema";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `ADR-P-2026-001`: a Fabrique's prefix, `P` for projet, the Paris year, a number. */
export const initiativeReferencePattern = /^[A-Z0-9]{3,5}-P-\d{4}-\d{3,}$/i;

/**
 * The id of an initiative named by its id or by its reference (`ADR-P-2026-001`). A reference
 * resolves among the initiatives of the Fabriques the actor belongs to (the team's, or the one
 * whose dossier they carry), or any for the network animator; a partner names it by its id.
 * Anything else is returned as given, and the service answers NOT_FOUND.
 */
export async function initiativeIdOf(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  value: string,
): Promise<string> {
  if (uuidPattern.test(value) || !initiativeReferencePattern.test(value) || !actor) return value;
  const fabriqueIds = [...new Set(actor.memberships.map((m) => m.fabriqueId))];
  if (!actor.isNetworkAnimator && !fabriqueIds.length) return value;
  const reference = eq(initiative.reference, value.toUpperCase());
  const [row] = await deps.db
    .select({ id: initiative.id })
    .from(initiative)
    .where(actor.isNetworkAnimator ? reference : and(reference, inArray(initiative.fabriqueId, fabriqueIds)))
    .limit(1);
  return row?.id ?? value;
}
