import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { writeInitiativeInvitation } from "../accounts/initiative-invitation";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { contact, fabrique, initiativePartner, membership, user } from "../db/schema";
import { loadInitiativeForActor } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";

const v = fr.organisations.partners.invite;

/** Whether an account with this address is already a member of the initiative. */
async function isAlreadyMember(db: Deps["db"], email: string, fabriqueId: string, initiativeId: string) {
  const [member] = await db
    .select({ id: membership.id })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        sql`lower(${user.email}) = ${email}`,
        eq(membership.fabriqueId, fabriqueId),
        eq(membership.initiativeId, initiativeId),
      ),
    );
  return member !== undefined;
}

/**
 * Gives a person who holds a role in the initiative an account limited to it: an invitation with
 * the role `partner` and the initiative's id. Accepting it (`acceptInvitation`, unchanged) creates
 * the membership scoped to the initiative. The general invitation service refuses
 * initiative-scoped roles (only the initiative's team can vouch for them), so the team's right is
 * checked here; tokens, expiry and the mail are the accounts domain's.
 */
export async function invitePartner(
  deps: Deps,
  actor: Actor,
  initiativeId: string,
  input: { contactId?: unknown },
): Promise<
  Result<
    { id: string; email: string; expiresAt: Date },
    "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND"
  >
> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  if (loaded.value.access.level !== "team") return fail("FORBIDDEN");
  const row = loaded.value.initiative;
  const contactId = typeof input.contactId === "string" ? input.contactId : "";
  if (!/^[0-9a-f-]{36}$/i.test(contactId))
    return fail("INVALID_INPUT", { fields: { contactId: v.contactRequired } });
  const [person] = await deps.db
    .select({ id: contact.id, name: contact.name, email: contact.email, userId: contact.userId })
    .from(contact)
    .innerJoin(initiativePartner, eq(initiativePartner.contactId, contact.id))
    .where(and(eq(contact.id, contactId), eq(initiativePartner.initiativeId, initiativeId)));
  if (!person) return fail("INVALID_INPUT", { fields: { contactId: v.contactRequired } });
  const email = person.email.trim().toLowerCase();
  if (!email) return fail("INVALID_INPUT", { fields: { contactId: v.noEmail } });
  const member = await isAlreadyMember(deps.db, email, row.fabriqueId, initiativeId);
  if (member) return fail("CONFLICT", { message: v.alreadyMember, fields: { contactId: v.alreadyMember } });
  const [owner] = await deps.db
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const now = deps.clock.now();
  const scope = t(v.scope, { title: row.title, fabrique: owner?.name ?? "" });
  const created = await deps.db.transaction(async (tx) => {
    const {
      invitation: inserted,
      token,
      expiresAt,
    } = await writeInitiativeInvitation(tx, {
      email,
      role: "partner",
      fabriqueId: row.fabriqueId,
      initiativeId,
      invitedById: actor.userId,
      now,
    });
    await deps.mail.enqueue(tx, {
      to: email,
      subject: t(fr.accounts.invitation.mailSubject, { scope }),
      text: t(fr.accounts.invitation.mailText, {
        inviter: actor.name,
        scope,
        role: fr.common.roles.partner,
        expiresAt: formatDate(expiresAt),
        link: `${deps.config.publicUrl}/invitation/${token}`,
      }),
      purpose: "invitation",
    });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "partner",
      note: t(v.journal, { name: person.name, email }),
      teamOnly: true,
      byUserId: actor.userId,
      at: now,
    });
    return inserted;
  });
  return ok(created);
}
