import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { contact, membership, signal, user } from "../db/schema";

export type Erased = { signalsKept: number; contactsCleared: number; memberships: number };

/**
 * The network animator erases a person (RGPD art. 17). Their account goes: sessions, API tokens,
 * memberships, reset links and saved views with it (foreign keys `on delete cascade`); the rows they
 * wrote keep their content and lose their author (`on delete set null`). The signals they submitted
 * keep their content and lose the submitter's name and e-mail; the contact cards that name them keep
 * the organisation and lose the person. The confirmation is their e-mail address, typed again.
 */
export async function erasePerson(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: { userId: string; confirmEmail: string },
): Promise<Result<Erased, "UNAUTHENTICATED" | "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT">> {
  if (!actor) return fail("UNAUTHENTICATED");
  if (!actor.isNetworkAnimator) return fail("NOT_FOUND");
  const words = fr.privacy.erase;
  if (input.userId === actor.userId) return fail("CONFLICT", { message: words.notYourself });
  return deps.db.transaction(async (tx) => {
    const [person] = await tx.select().from(user).where(eq(user.id, input.userId)).for("update");
    if (!person) return fail("NOT_FOUND");
    if (input.confirmEmail.trim().toLowerCase() !== person.email.toLowerCase()) {
      return fail("INVALID_INPUT", { fields: { confirmEmail: words.confirmMismatch } });
    }
    const email = person.email.toLowerCase();
    const signals = await tx
      .update(signal)
      .set({ submitterName: "", submitterEmail: "" })
      .where(sql`lower(${signal.submitterEmail}) = ${email}`)
      .returning({ id: signal.id });
    const contacts = await tx
      .update(contact)
      .set({ name: words.erasedName, email: "", phone: "", jobTitle: "", notes: "", userId: null })
      .where(sql`${contact.userId} = ${person.id} or lower(${contact.email}) = ${email}`)
      .returning({ id: contact.id });
    const memberships = await tx
      .select({ id: membership.id })
      .from(membership)
      .where(eq(membership.userId, person.id));
    await tx.delete(user).where(and(eq(user.id, person.id)));
    const erased = {
      signalsKept: signals.length,
      contactsCleared: contacts.length,
      memberships: memberships.length,
    };
    await recordAuditEvent(tx, {
      action: "person.erased",
      at: deps.clock.now(),
      actorUserId: actor.userId,
      subjectUserId: person.id,
      details: erased,
    });
    return ok(erased);
  });
}
