import { and, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { signal } from "../db/schema";
import { signalScope } from "./signal-access";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `ADR-2026-0001`: a Fabrique's prefix, the Paris year, a number. */
export const signalReferencePattern = /^[A-Z0-9]{3,5}-\d{4}-\d{4,}$/i;
/** Whether a value names a signal at all: its id or its reference. */
export const isSignalIdOrReference = (value: string) =>
  uuidPattern.test(value) || signalReferencePattern.test(value);

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
  const [id] = await signalIdsOf(deps, actor, [value]);
  return id!;
}

/**
 * `signalIdOf` for a list (a body's `signalIds`), in one query: ids kept, references among the
 * actor's Fabriques replaced by their id, anything else returned as given.
 */
export async function signalIdsOf(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  values: readonly string[],
): Promise<string[]> {
  const references = [
    ...new Set(
      values
        .filter((v) => !uuidPattern.test(v) && signalReferencePattern.test(v))
        .map((v) => v.toUpperCase()),
    ),
  ];
  if (!references.length || !actor) return [...values];
  const scope = signalScope(actor);
  const fabriqueIds = [...scope.teamFabriqueIds, ...scope.partnerFabriqueIds];
  if (!scope.all && !fabriqueIds.length) return [...values];
  const named = inArray(signal.reference, references);
  const rows = await deps.db
    .select({ id: signal.id, reference: signal.reference })
    .from(signal)
    .where(scope.all ? named : and(named, inArray(signal.fabriqueId, fabriqueIds)));
  const idOf = new Map(rows.map((row) => [row.reference, row.id]));
  return values.map((v) => idOf.get(v.toUpperCase()) ?? v);
}
