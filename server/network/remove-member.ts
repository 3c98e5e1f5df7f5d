import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { membership } from "../db/schema";
import { type RemoveMemberInput, removeMemberInput } from "./fabrique-input";
import { isLastAdmin, lastAdminFailure, lockTeamMembership } from "./team-access";

/** A Fabrique admin (or the network animator) removes someone from the team, never its last admin. */
export async function removeMember(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
  input: Unparsed<RemoveMemberInput>,
): Promise<Result<{ membershipId: string }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = removeMemberInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  return deps.db.transaction(
    async (tx): Promise<Result<{ membershipId: string }, "CONFLICT" | "FORBIDDEN" | "NOT_FOUND">> => {
      const access = await lockTeamMembership(tx, actor, slug, parsed.data.membershipId);
      if (!access.ok) return access;
      const { member, adminCount } = access.value;
      if (isLastAdmin(member, adminCount)) return lastAdminFailure();
      await tx.delete(membership).where(eq(membership.id, member.id));
      await recordAuditEvent(tx, {
        action: "role.removed",
        actorUserId: actor.userId,
        subjectUserId: member.userId,
        fabriqueId: member.fabriqueId,
        details: { role: member.role },
      });
      return ok({ membershipId: member.id });
    },
  );
}
