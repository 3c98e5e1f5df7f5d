import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { writeInitiativeInvitation } from "../accounts/initiative-invitation";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { carrierCandidate, fabrique, user } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadCarrierInitiative } from "./carrier-access";
import { type InviteCarrierInput, inviteCarrierInput } from "./carrier-schemas";

const text = fr.carriers;

/** The lead carrier among the retained candidates, the one the account is for. */
async function findLeadCarrier(db: Db, initiativeId: string) {
  const [chosen] = await db
    .select({ id: carrierCandidate.id })
    .from(carrierCandidate)
    .where(
      and(
        eq(carrierCandidate.initiativeId, initiativeId),
        eq(carrierCandidate.status, "chosen"),
        eq(carrierCandidate.lead, true),
      ),
    );
  return chosen;
}

/** Links the lead carrier to the account when the address already has one. */
async function linkExistingAccount(tx: Pick<Db, "select" | "update">, email: string, candidateId: string) {
  const [existing] = await tx.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = ${email}`);
  if (existing)
    await tx
      .update(carrierCandidate)
      .set({ userId: existing.id })
      .where(eq(carrierCandidate.id, candidateId));
}

/**
 * Gives the chosen carrier an account limited to this initiative: an invitation with the role
 * `carrier` and the initiative's id. Accepting it (`acceptInvitation`, unchanged) creates the
 * membership scoped to the initiative, which `loadInitiativeForActor` reads as carrier access.
 * The invitation table already carries `initiativeId`; the general invitation service refuses
 * initiative-scoped roles because only the initiative's team can vouch for them, which is
 * checked here. The team member who works the initiative invites (not only the Fabrique admin).
 */
export async function inviteCarrier(
  deps: Deps,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<InviteCarrierInput>,
): Promise<
  Result<
    { id: string; email: string; expiresAt: Date },
    "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED"
  >
> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId, "team", "carrier.invite");
  if (!loaded.ok) return loaded;
  const parsed = inviteCarrierInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { email } = parsed.data;
  const row = loaded.value.initiative;
  // The account is linked to the lead carrier when the address already has one.
  const chosen = await findLeadCarrier(deps.db, initiativeId);
  if (!chosen)
    return fail("INVALID_INPUT", {
      message: text.accountNeedsCarrier,
      fields: { email: text.accountNeedsCarrier },
    });
  const [owner] = await deps.db
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const now = deps.clock.now();
  const created = await deps.db.transaction(async (tx) => {
    const {
      invitation: inserted,
      token,
      expiresAt,
    } = await writeInitiativeInvitation(tx, {
      email,
      role: "carrier",
      fabriqueId: row.fabriqueId,
      initiativeId,
      invitedById: actor.userId,
      now,
    });
    await linkExistingAccount(tx, email, chosen.id);
    await deps.mail.enqueue(tx, {
      to: email,
      subject: t(text.mailSubject, { title: row.title }),
      text: t(text.mailText, {
        inviter: actor.name,
        title: row.title,
        fabrique: owner?.name ?? "",
        expiresAt: formatDate(expiresAt),
        link: `${deps.config.publicUrl}/invitation/${token}`,
      }),
      purpose: "invitation",
    });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: t(text.journal.invited, { email }),
      teamOnly: true,
      byUserId: actor.userId,
      at: now,
    });
    return inserted;
  });
  return ok(created);
}
