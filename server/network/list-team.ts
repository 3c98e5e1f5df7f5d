import { asc, eq } from "drizzle-orm";
import { type Actor, canManageTeam, canReadFabrique } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type FabriqueStatus, fabrique, type MembershipRole, membership, user } from "../db/schema";

export type TeamMember = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  /** Set when the role covers one project only. */
  initiativeId: string | null;
  since: Date;
};

export type Team = {
  fabrique: { id: string; slug: string; name: string; status: FabriqueStatus };
  members: TeamMember[];
  /** Whether the actor may invite, change roles and remove members. */
  canManage: boolean;
};

const roleOrder: Record<MembershipRole, number> = { admin: 0, officer: 1, partner: 2, carrier: 3 };

/** A Fabrique's team, for whoever may read its private space; NOT_FOUND for anyone else. */
export async function listTeam(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
): Promise<Result<Team, "NOT_FOUND">> {
  const [found] = await deps.db
    .select({ id: fabrique.id, slug: fabrique.slug, name: fabrique.name, status: fabrique.status })
    .from(fabrique)
    .where(eq(fabrique.slug, slug));
  if (!found || !canReadFabrique(actor, found.id)) return fail("NOT_FOUND");
  const rows = await deps.db
    .select({
      membershipId: membership.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role: membership.role,
      initiativeId: membership.initiativeId,
      since: membership.createdAt,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.fabriqueId, found.id))
    .orderBy(asc(user.name));
  const members = rows.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return ok({ fabrique: found, members, canManage: canManageTeam(actor, found.id) });
}
