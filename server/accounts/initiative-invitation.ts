import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { invitation } from "../db/schema";
import { INVITATION_DAYS } from "./create-invitation";
import { addDays } from "./schemas";
import { generateSecretToken, hashSecretToken } from "./secret-token";

/**
 * Writes an invitation limited to one initiative (role `partner` or `carrier`): the general
 * invitation service refuses initiative-scoped roles because only the initiative's team can
 * vouch for them, so the callers check that right first. A new invitation to the same address
 * for the same initiative and role replaces the pending one. Accepting it (`acceptInvitation`)
 * creates the membership scoped to the initiative. Returns the token to put in the mail.
 */
export async function writeInitiativeInvitation(
  tx: Pick<Db, "insert" | "update">,
  values: {
    email: string;
    role: "partner" | "carrier";
    fabriqueId: string;
    initiativeId: string;
    invitedById: string;
    now: Date;
  },
) {
  const token = generateSecretToken();
  const expiresAt = addDays(values.now, INVITATION_DAYS);
  await tx
    .update(invitation)
    .set({ revokedAt: values.now })
    .where(
      and(
        sql`lower(${invitation.email}) = ${values.email}`,
        eq(invitation.initiativeId, values.initiativeId),
        eq(invitation.role, values.role),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
      ),
    );
  const [inserted] = await tx
    .insert(invitation)
    .values({
      tokenHash: hashSecretToken(token),
      email: values.email,
      role: values.role,
      fabriqueId: values.fabriqueId,
      initiativeId: values.initiativeId,
      invitedById: values.invitedById,
      createdAt: values.now,
      expiresAt,
    })
    .returning({ id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt });
  return { invitation: inserted!, token, expiresAt };
}
