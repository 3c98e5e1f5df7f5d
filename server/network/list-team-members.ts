import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/database";
import { membership, user } from "../db/schema";

export type TeamMember = { id: string; name: string; email: string };

/**
 * A Fabrique's working team: its active accounts with a Fabrique-wide admin or officer membership
 * (not partners, not carriers, not a membership scoped to one initiative), by name. Who may be
 * entrusted a signal, named in a meeting, given a task, or reminded of a sleeping project.
 */
export async function listTeamMembers(db: Db, fabriqueId: string): Promise<TeamMember[]> {
  return db
    .selectDistinct({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(
      and(
        eq(membership.fabriqueId, fabriqueId),
        isNull(membership.initiativeId),
        inArray(membership.role, ["admin", "officer"]),
        isNull(user.disabledAt),
      ),
    )
    .orderBy(asc(user.name), asc(user.id));
}
