import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { type MembershipRole, membership } from "../db/schema";
import { type ChangeMemberRoleInput, changeMemberRoleInput } from "./fabrique-input";
import { isLastAdmin, lastAdminFailure, lockTeamMembership } from "./team-access";

/**
 * A Fabrique admin (or the network animator) gives a member another role. The Fabrique keeps at
 * least one admin; a role limited to one project stays a partner role.
 */
export async function changeMemberRole(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
  input: Unparsed<ChangeMemberRoleInput>,
): Promise<
  Result<
    { membershipId: string; role: MembershipRole },
    "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND"
  >
> {
  const parsed = changeMemberRoleInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { membershipId, role } = parsed.data;
  return deps.db.transaction(
    async (
      tx,
    ): Promise<
      Result<
        { membershipId: string; role: MembershipRole },
        "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND"
      >
    > => {
      const access = await lockTeamMembership(tx, actor, slug, membershipId);
      if (!access.ok) return access;
      const { member, adminCount } = access.value;
      if (member.initiativeId !== null && role !== "partner") {
        return fail("INVALID_INPUT", { fields: { role: fr.network.team.scopedRole } });
      }
      if (role !== "admin" && isLastAdmin(member, adminCount)) return lastAdminFailure();
      await tx.update(membership).set({ role }).where(eq(membership.id, member.id));
      await recordAuditEvent(tx, {
        action: "role.changed",
        actorUserId: actor.userId,
        subjectUserId: member.userId,
        fabriqueId: member.fabriqueId,
        details: { from: member.role, to: role },
      });
      return ok({ membershipId: member.id, role });
    },
  );
}
