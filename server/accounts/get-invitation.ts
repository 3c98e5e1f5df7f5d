import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, type InvitationRole, invitation, user } from "../db/schema";
import { hashSecretToken } from "./secret-token";

export type InvitationView = {
  id: string;
  email: string;
  role: InvitationRole;
  fabriqueName: string | null;
  inviterName: string | null;
  expiresAt: Date;
  /** The address already has a usable account: accepting asks for its password. */
  hasAccount: boolean;
  /** The name already known for the address (an account created without a password). */
  knownName: string | null;
};

const inviter = alias(user, "inviter");

/** What an invitation link offers, if it is still pending (not accepted, revoked or expired). */
export async function getInvitation(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
): Promise<Result<InvitationView, "TOKEN_INVALID">> {
  const [row] = await deps.db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      fabriqueName: fabrique.name,
      inviterName: inviter.name,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .leftJoin(fabrique, eq(fabrique.id, invitation.fabriqueId))
    .leftJoin(inviter, eq(inviter.id, invitation.invitedById))
    .where(
      and(
        eq(invitation.tokenHash, hashSecretToken(token)),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, deps.clock.now()),
      ),
    );
  if (!row) return fail("TOKEN_INVALID");
  const [account] = await deps.db
    .select({ name: user.name, passwordHash: user.passwordHash })
    .from(user)
    .where(sql`lower(${user.email}) = lower(${row.email})`);
  return ok({ ...row, hasAccount: !!account?.passwordHash, knownName: account?.name ?? null });
}
