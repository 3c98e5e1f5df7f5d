import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { membership, user } from "../db/schema";

export type SignalAssignee = { userId: string; name: string };

/** Who a signal of this Fabrique may be entrusted to: its team (admins, officers), active accounts. */
export async function listSignalAssignees(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
): Promise<SignalAssignee[]> {
  return deps.db
    .selectDistinct({ userId: user.id, name: user.name })
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
