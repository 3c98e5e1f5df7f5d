import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { fabrique, invitation, invitationRoles, membership, user } from "../db/schema";
import { mayInvite } from "./invitation-rules";
import { addDays, emailField } from "./schemas";
import { generateSecretToken, hashSecretToken } from "./secret-token";

export const INVITATION_DAYS = 14;

const messages = fr.accounts.validation;

export const createInvitationInput = z.object({
  email: emailField,
  role: z.enum(invitationRoles, { error: messages.roleInvalid }).describe("Rôle proposé"),
  fabriqueId: z.uuid().optional().describe("Fabrique concernée (absent pour un·e animateur·rice réseau)"),
  initiativeId: z.uuid().optional().describe("Projet concerné, pour un rôle limité à un projet"),
});
export type CreateInvitationInput = z.input<typeof createInvitationInput>;

export type CreatedInvitation = {
  id: string;
  email: string;
  role: (typeof invitationRoles)[number];
  expiresAt: Date;
};

/**
 * Invite someone by e-mail (rules in `invitation-rules.ts`). Roles limited to one initiative
 * (carrier, partner of a project) wait for the initiative table, needed to check that the
 * initiative belongs to the Fabrique. The mail carries the only copy of the token.
 */
export async function createInvitation(
  deps: Deps,
  actor: Actor,
  input: Unparsed<CreateInvitationInput>,
): Promise<Result<CreatedInvitation, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = createInvitationInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { email, role, fabriqueId, initiativeId } = parsed.data;

  if (initiativeId || role === "carrier") {
    return fail("INVALID_INPUT", { fields: { initiativeId: messages.initiativeNotYet } });
  }

  if (role === "network_animator" && fabriqueId) {
    return fail("INVALID_INPUT", { fields: { fabriqueId: messages.fabriqueNotExpected } });
  }
  if (role !== "network_animator" && !fabriqueId) {
    return fail("INVALID_INPUT", { fields: { fabriqueId: messages.fabriqueRequired } });
  }
  const scopeLabel = await scopeLabelOf(deps, fabriqueId ?? null);
  if (scopeLabel === null) return fail("NOT_FOUND");
  const decision = mayInvite(actor, role, fabriqueId ?? null);
  if (decision === "not_found") return fail("NOT_FOUND");
  if (decision === "forbidden") return fail("FORBIDDEN");

  const conflict = await alreadyHasRole(deps, email, role, fabriqueId ?? null);
  if (conflict) return fail("CONFLICT", { message: conflict });

  const token = generateSecretToken();
  const now = deps.clock.now();
  const expiresAt = addDays(now, INVITATION_DAYS);
  const created = await deps.db.transaction(async (tx) => {
    await revokePendingInvitation(tx, email, fabriqueId ?? null, now);
    const [row] = await tx
      .insert(invitation)
      .values({
        tokenHash: hashSecretToken(token),
        email,
        role,
        fabriqueId: fabriqueId ?? null,
        initiativeId: null,
        invitedById: actor.userId,
        createdAt: now,
        expiresAt,
      })
      .returning({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
      });
    await deps.mail.enqueue(tx, {
      to: email,
      subject: t(fr.accounts.invitation.mailSubject, { scope: scopeLabel }),
      text: t(fr.accounts.invitation.mailText, {
        inviter: actor.name,
        scope: scopeLabel,
        role: fr.common.roles[role],
        expiresAt: formatDate(expiresAt),
        link: `${deps.config.publicUrl}/invitation/${token}`,
      }),
      purpose: "invitation",
    });
    return row!;
  });
  return ok(created);
}

/** "la Fabrique X" or "le réseau", as the mail names the scope; null when the Fabrique does not exist. */
async function scopeLabelOf(deps: Pick<Deps, "db">, fabriqueId: string | null): Promise<string | null> {
  if (!fabriqueId) return fr.accounts.invitation.networkScope;
  const [target] = await deps.db
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, fabriqueId));
  return target ? t(fr.accounts.invitation.fabriqueScope, { fabrique: target.name }) : null;
}

/** Re-inviting the same address to the same scope replaces the pending invitation. */
async function revokePendingInvitation(
  tx: Pick<Db, "update">,
  email: string,
  fabriqueId: string | null,
  now: Date,
) {
  await tx
    .update(invitation)
    .set({ revokedAt: now })
    .where(
      and(
        sql`lower(${invitation.email}) = ${email}`,
        fabriqueId ? eq(invitation.fabriqueId, fabriqueId) : isNull(invitation.fabriqueId),
        isNull(invitation.initiativeId),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
      ),
    );
}

/** The French reason an invitation would change nothing, or null. */
async function alreadyHasRole(
  deps: Deps,
  email: string,
  role: (typeof invitationRoles)[number],
  fabriqueId: string | null,
): Promise<string | null> {
  const [existing] = await deps.db
    .select({ id: user.id, isNetworkAnimator: user.isNetworkAnimator })
    .from(user)
    .where(sql`lower(${user.email}) = ${email}`);
  if (!existing) return null;
  if (role === "network_animator") {
    return existing.isNetworkAnimator ? fr.accounts.invitation.alreadyAnimator : null;
  }
  const [member] = await deps.db
    .select({ id: membership.id })
    .from(membership)
    .where(
      and(
        eq(membership.userId, existing.id),
        eq(membership.fabriqueId, fabriqueId!),
        isNull(membership.initiativeId),
      ),
    );
  return member ? fr.accounts.invitation.alreadyMember : null;
}
