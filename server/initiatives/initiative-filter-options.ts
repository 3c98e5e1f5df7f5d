import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { membership, programme, user } from "../db/schema";

/** The programmes and officers of the actor's teams, offered as filters and in the forms. */
export async function initiativeFilterOptions(deps: Pick<Deps, "db">, actor: Actor, fabriqueIds?: string[]) {
  const teamIds =
    fabriqueIds ??
    actor.memberships
      .filter((m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer"))
      .map((m) => m.fabriqueId);
  if (!teamIds.length) return { programmes: [], officers: [] };
  const programmes = await deps.db
    .select({ id: programme.id, name: programme.name, fabriqueId: programme.fabriqueId })
    .from(programme)
    .where(inArray(programme.fabriqueId, teamIds))
    .orderBy(asc(programme.name));
  const officers = await deps.db
    .selectDistinct({ id: user.id, name: user.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(inArray(membership.fabriqueId, teamIds), inArray(membership.role, ["admin", "officer"])))
    .orderBy(asc(user.name));
  return { programmes, officers };
}
