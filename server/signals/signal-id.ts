import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { signal } from "../db/schema";
import { signalScope } from "./signal-access";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `ADR-2026-0001`: a Fabrique's prefix, the Paris year, a number. */
export const signalReferencePattern = /^[A-Z0-9]{3,5}-\d{4}-\d{4,}$/i;

/**
 * The id of a signal named by its id or by its reference (`ADR-2026-0001`), as people read it out.
 * A reference resolves among the signals of the actor's Fabriques (any, for the network
 * animator); anything else is returned as given, and the service answers NOT_FOUND.
 */
export async function signalIdOf(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  value: string,
): Promise<string> {
  if (uuidPattern.test(value) || !signalReferencePattern.test(value) || !actor) return value;
  const scope = signalScope(actor);
  const fabriqueIds = [...scope.teamFabriqueIds, ...scope.partnerFabriqueIds];
  if (!scope.all && !fabriqueIds.length) return value;
  const reference = eq(signal.reference, value.toUpperCase());
  const [row] = await deps.db
    .select({ id: signal.id })
    .from(signal)
    .where(scope.all ? reference : and(reference, inArray(signal.fabriqueId, fabriqueIds)))
    .limit(1);
  return row?.id ?? value;
}
