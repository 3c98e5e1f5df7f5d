import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { type Actor, canManageTeam, canReadFabrique } from "../core/actor";
import { fail, ok } from "../core/result";
import type { Db } from "../db/database";
import { fabrique, membership } from "../db/schema";

/**
 * Shared by the services that change a team: the Fabrique comes from the slug, the membership
 * must belong to it, and the Fabrique row is locked so that two admins acting at once cannot
 * both pass the "last admin" check.
 */
export async function lockTeamMembership(db: Db, actor: Actor, slug: string, membershipId: string) {
  const [found] = await db
    .select({ id: fabrique.id })
    .from(fabrique)
    .where(eq(fabrique.slug, slug))
    .for("update");
  if (!found || !canReadFabrique(actor, found.id)) return fail("NOT_FOUND");
  if (!canManageTeam(actor, found.id)) return fail("FORBIDDEN");
  const [member] = await db
    .select()
    .from(membership)
    .where(and(eq(membership.id, membershipId), eq(membership.fabriqueId, found.id)));
  if (!member) return fail("NOT_FOUND", { message: fr.network.team.memberUnknown });
  const admins = await db
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.fabriqueId, found.id), eq(membership.role, "admin")));
  return ok({ member, adminCount: admins.length });
}

/** Whether taking the admin role away from `member` would leave the Fabrique without any admin. */
export function isLastAdmin(member: { role: string }, adminCount: number): boolean {
  return member.role === "admin" && adminCount <= 1;
}

export const lastAdminFailure = () => fail("CONFLICT", { message: fr.network.team.lastAdmin });
