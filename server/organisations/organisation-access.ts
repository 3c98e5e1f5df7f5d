import { type Actor, isTeamMember } from "../core/actor";
import { type Failure, fail } from "../core/result";

/**
 * Who sees which directory. A Fabrique's organisations, contacts and programmes are its team's
 * working tools: the team (admin, officer) reads and writes them, the network animator reads
 * them; partners and carriers do not browse the directory. Anything of a Fabrique the actor may
 * not read does not exist for them (NOT_FOUND).
 */
export function canReadDirectory(actor: Actor, fabriqueId: string): boolean {
  return actor.isNetworkAnimator || isTeamMember(actor, fabriqueId);
}

export function canWriteDirectory(actor: Actor, fabriqueId: string): boolean {
  return isTeamMember(actor, fabriqueId);
}

/** NOT_FOUND when the row is invisible, FORBIDDEN when it is readable only, null when writable. */
export function refuseDirectoryWrite(
  actor: Actor,
  fabriqueId: string,
): Failure<"FORBIDDEN" | "NOT_FOUND"> | null {
  if (!canReadDirectory(actor, fabriqueId)) return fail("NOT_FOUND");
  if (!canWriteDirectory(actor, fabriqueId)) return fail("FORBIDDEN");
  return null;
}

/** The Fabriques whose directory the actor keeps (team roles). */
export function directoryFabriques(actor: Actor) {
  const seen = new Map<string, { id: string; slug: string; name: string }>();
  for (const m of actor.memberships) {
    if ((m.role === "admin" || m.role === "officer") && !seen.has(m.fabriqueId)) {
      seen.set(m.fabriqueId, { id: m.fabriqueId, slug: m.fabriqueSlug, name: m.fabriqueName });
    }
  }
  return [...seen.values()];
}

/** Whether the actor sees any directory at all. */
export function canListDirectory(actor: Actor): boolean {
  return actor.isNetworkAnimator || directoryFabriques(actor).length > 0;
}

/** The Fabrique a new row goes to: the one named, or the actor's only team Fabrique. */
export function ownerFabrique(actor: Actor, fabriqueId: string | undefined) {
  const fabriques = directoryFabriques(actor);
  if (fabriqueId) return fabriques.find((f) => f.id === fabriqueId);
  return fabriques.length === 1 ? fabriques[0] : undefined;
}
