import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import type { Db } from "../db/database";
import { carrierCandidate, contact, invitation, membership, user } from "../db/schema";
import { type CreatedSession, createSession } from "./create-session";
import { getInvitation } from "./get-invitation";
import { hashPassword, verifyPassword } from "./password";
import { passwordWeakness, personalWords } from "./password-strength";
import { newPasswordPair, passwordField, personNameField } from "./schemas";
import { hashSecretToken } from "./secret-token";

/** A person without an account names themselves and chooses a password. */
export const acceptAsNewUserInput = z.object({ name: personNameField }).and(newPasswordPair);
/** A person with an account proves it with their password. */
export const acceptAsExistingUserInput = z.object({ password: passwordField });

/**
 * Accept an invitation: create the account (or check the existing one's password), grant the
 * role, use up the invitation and open a session. The invitation is claimed in one statement so
 * it can only be accepted once.
 */
export async function acceptInvitation(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
  input: Record<string, unknown>,
  options: { userAgent?: string | null } = {},
): Promise<
  Result<
    CreatedSession & { userId: string },
    "FORBIDDEN" | "INVALID_CREDENTIALS" | "INVALID_INPUT" | "TOKEN_INVALID"
  >
> {
  const found = await getInvitation(deps, token);
  if (!found.ok) return found;
  const pending = found.value;

  const [existing] = await deps.db
    .select({ id: user.id, passwordHash: user.passwordHash, disabledAt: user.disabledAt })
    .from(user)
    .where(sql`lower(${user.email}) = lower(${pending.email})`);
  if (existing?.disabledAt) return fail("FORBIDDEN", { message: fr.accounts.invitation.disabledAccount });

  const identity = await checkIdentity(input, existing, pending);
  if (!identity.ok) return identity;
  const newAccount = identity.value;

  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitation)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitation.tokenHash, hashSecretToken(token)),
          isNull(invitation.acceptedAt),
          isNull(invitation.revokedAt),
          gt(invitation.expiresAt, now),
        ),
      )
      .returning();
    if (!claimed) return fail("TOKEN_INVALID");

    let userId: string;
    if (existing) {
      userId = existing.id;
      if (newAccount) await tx.update(user).set(newAccount).where(eq(user.id, userId));
    } else {
      const [created] = await tx
        .insert(user)
        .values({ email: claimed.email, ...newAccount!, createdAt: now })
        .returning({ id: user.id });
      userId = created!.id;
    }

    await grantRole(tx, claimed, userId, now);

    const session = await createSession(deps, userId, { ...options, db: tx });
    if (!session.ok) return session;
    return ok({ ...session.value, userId });
  });
}

type Invited = typeof invitation.$inferSelect;

/**
 * Who accepts: the holder of an existing account proves it with their password (nothing to
 * change); a person without one names themselves and chooses a password (the account to write).
 */
async function checkIdentity(
  input: Record<string, unknown>,
  existing: { passwordHash: string | null } | undefined,
  pending: Parameters<typeof newAccountOf>[1],
): Promise<Result<{ name: string; passwordHash: string } | null, "INVALID_CREDENTIALS" | "INVALID_INPUT">> {
  if (!existing?.passwordHash) return newAccountOf(input, pending);
  const parsed = acceptAsExistingUserInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  if (!(await verifyPassword(parsed.data.password, existing.passwordHash))) {
    return fail("INVALID_CREDENTIALS", {
      message: fr.accounts.invitation.checkPassword,
      fields: { password: fr.accounts.invitation.wrongPassword },
    });
  }
  return ok(null);
}

/**
 * The role the invitation grants: network animator, or a membership of the Fabrique (of one
 * initiative for a carrier), updated when the account already had one there; then the
 * directory cards it links to.
 */
export async function grantRole(
  tx: Pick<Db, "select" | "insert" | "update">,
  claimed: Invited,
  userId: string,
  now: Date,
) {
  await recordAuditEvent(tx, {
    action: "role.granted",
    at: now,
    actorUserId: claimed.invitedById,
    subjectUserId: userId,
    fabriqueId: claimed.fabriqueId,
    details: { role: claimed.role, initiativeId: claimed.initiativeId },
  });
  if (claimed.role === "network_animator") {
    await tx.update(user).set({ isNetworkAnimator: true }).where(eq(user.id, userId));
    return;
  }
  if (!claimed.fabriqueId) return;
  const scope = and(
    eq(membership.userId, userId),
    eq(membership.fabriqueId, claimed.fabriqueId),
    claimed.initiativeId
      ? eq(membership.initiativeId, claimed.initiativeId)
      : isNull(membership.initiativeId),
  );
  const [current] = await tx.select({ id: membership.id }).from(membership).where(scope);
  if (current) {
    await tx.update(membership).set({ role: claimed.role }).where(eq(membership.id, current.id));
  } else {
    await tx.insert(membership).values({
      userId,
      fabriqueId: claimed.fabriqueId,
      role: claimed.role,
      initiativeId: claimed.initiativeId,
      createdAt: now,
    });
  }
  await linkAccountToCards(tx, { ...claimed, fabriqueId: claimed.fabriqueId }, userId, now);
}

/**
 * The directory cards an accepted invitation links to the account: a partner's contact card,
 * a carrier's candidate row.
 */
async function linkAccountToCards(
  tx: Pick<Db, "update">,
  invited: { role: string; email: string; fabriqueId: string; initiativeId: string | null },
  userId: string,
  now: Date,
) {
  // A partner's contact card in the Fabrique's directory (same e-mail, not yet linked) is
  // linked to the new account, so the roles it holds on initiatives apply at once.
  if (invited.role === "partner") {
    await tx
      .update(contact)
      .set({ userId, updatedAt: now })
      .where(
        and(
          eq(contact.fabriqueId, invited.fabriqueId),
          sql`lower(${contact.email}) = lower(${invited.email})`,
          isNull(contact.userId),
        ),
      );
  }
  // The carrier's account is linked to the lead carrier it was sent to (`inviteCarrier` does
  // it at once when the address already had an account): the account then edits its own
  // organisation's card (`updateCarrierOrganisation`).
  if (invited.role === "carrier" && invited.initiativeId) {
    await tx
      .update(carrierCandidate)
      .set({ userId })
      .where(
        and(
          eq(carrierCandidate.initiativeId, invited.initiativeId),
          eq(carrierCandidate.status, "chosen"),
          eq(carrierCandidate.lead, true),
          isNull(carrierCandidate.userId),
        ),
      );
  }
}

/** The name and the password a person without an account chose, checked and hashed. */
async function newAccountOf(
  input: Record<string, unknown>,
  pending: { email: string; fabriqueName: string | null },
): Promise<Result<{ name: string; passwordHash: string }, "INVALID_INPUT">> {
  const parsed = acceptAsNewUserInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const words = personalWords({
    name: parsed.data.name,
    email: pending.email,
    fabriques: pending.fabriqueName ? [pending.fabriqueName] : [],
  });
  const weak = passwordWeakness(parsed.data.password, words);
  if (weak) return fail("INVALID_INPUT", { fields: { password: weak } });
  return ok({ name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) });
}
