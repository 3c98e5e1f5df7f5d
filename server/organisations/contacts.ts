import { and, eq, isNull, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { contact, membership, organisation, user } from "../db/schema";
import { type ContactItem, contactColumns } from "./get-organisation";
import { journalContactRemoval } from "./initiative-partners";
import { canReadDirectory, ownerFabrique, refuseDirectoryWrite } from "./organisation-access";
import { type ContactInput, contactInput } from "./organisation-schemas";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ContactRow = typeof contact.$inferSelect;

async function findContact(deps: Pick<Deps, "db">, id: string): Promise<ContactRow | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await deps.db.select().from(contact).where(eq(contact.id, id));
  return row ?? null;
}

/** The organisation a contact works for must be in the same directory. */
async function checkOrganisation(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  organisationId: string | null,
): Promise<Result<null, "INVALID_INPUT">> {
  if (!organisationId) return ok(null);
  const [row] = await deps.db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.id, organisationId), eq(organisation.fabriqueId, fabriqueId)));
  return row
    ? ok(null)
    : fail("INVALID_INPUT", { fields: { organisationId: fr.organisations.validation.organisation } });
}

/** A contact of a directory the actor may read. */
export async function getContact(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
): Promise<Result<ContactItem & { fabriqueId: string; linkableEmail: string | null }, "NOT_FOUND">> {
  const row = await findContact(deps, id);
  if (!row || !canReadDirectory(actor, row.fabriqueId)) return fail("NOT_FOUND");
  const [item] = await deps.db.select(contactColumns).from(contact).where(eq(contact.id, id));
  const linkable = await findLinkableAccount(deps, row);
  return ok({ ...item!, fabriqueId: row.fabriqueId, linkableEmail: linkable?.email ?? null });
}

/**
 * The team adds a person to its directory. With an organisation, the contact joins that
 * organisation's Fabrique; without, the actor's Fabrique (named when they are in several).
 */
export async function createContact(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<ContactInput & { fabriqueId?: string }>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = contactInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  let fabriqueId: string | undefined;
  if (parsed.data.organisationId) {
    const [owner] = await deps.db
      .select({ fabriqueId: organisation.fabriqueId })
      .from(organisation)
      .where(eq(organisation.id, parsed.data.organisationId));
    if (!owner) return fail("NOT_FOUND");
    const refused = refuseDirectoryWrite(actor, owner.fabriqueId);
    if (refused) return refused;
    fabriqueId = owner.fabriqueId;
  } else {
    const chosen = typeof input.fabriqueId === "string" ? input.fabriqueId : undefined;
    fabriqueId = ownerFabrique(actor, chosen)?.id;
    if (!fabriqueId) return fail(chosen ? "NOT_FOUND" : "FORBIDDEN");
  }
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(contact)
    .values({ ...parsed.data, fabriqueId, createdAt: now, updatedAt: now })
    .returning({ id: contact.id });
  return ok(row!);
}

/** The team edits a contact; it may move to another organisation of the same directory. */
export async function updateContact(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<ContactInput>,
): Promise<
  Result<{ id: string; organisationId: string | null }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">
> {
  const row = await findContact(deps, id);
  if (!row) return fail("NOT_FOUND");
  const refused = refuseDirectoryWrite(actor, row.fabriqueId);
  if (refused) return refused;
  const parsed = contactInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const checked = await checkOrganisation(deps, row.fabriqueId, parsed.data.organisationId);
  if (!checked.ok) return checked;
  await deps.db
    .update(contact)
    .set({ ...parsed.data, updatedAt: deps.clock.now() })
    .where(eq(contact.id, id));
  return ok({ id, organisationId: parsed.data.organisationId });
}

/**
 * The team deletes a contact, once confirmed. Its roles in initiatives go with it (the journal
 * of each initiative keeps the trace of who was there).
 */
export async function deleteContact(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: { confirm?: unknown },
): Promise<Result<{ organisationId: string | null }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findContact(deps, id);
  if (!row) return fail("NOT_FOUND");
  const refused = refuseDirectoryWrite(actor, row.fabriqueId);
  if (refused) return refused;
  if (input.confirm !== "on" && input.confirm !== true) {
    return fail("INVALID_INPUT", { fields: { confirm: fr.organisations.validation.confirm } });
  }
  await deps.db.transaction(async (tx) => {
    await journalContactRemoval(tx, id, actor.userId, deps.clock.now());
    await tx.delete(contact).where(eq(contact.id, id));
  });
  return ok({ organisationId: row.organisationId });
}

/**
 * The account a contact card may be linked to: a user with the card's e-mail address who already
 * belongs to the card's Fabrique (they accepted an invitation to it or to one of its
 * initiatives). Linking gives them the partner roles the card holds; nobody outside the Fabrique
 * can be linked, so a card can never hand an initiative to a stranger.
 */
export async function findLinkableAccount(
  deps: Pick<Deps, "db">,
  row: { fabriqueId: string; email: string; userId: string | null },
): Promise<{ id: string; email: string } | null> {
  const email = row.email.trim().toLowerCase();
  if (row.userId || !email) return null;
  const [found] = await deps.db
    .select({ id: user.id, email: user.email })
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(
      and(
        sql`lower(${user.email}) = ${email}`,
        eq(membership.fabriqueId, row.fabriqueId),
        isNull(user.disabledAt),
      ),
    )
    .limit(1);
  return found ?? null;
}

/** The team links a contact card to the account of the same person (see `findLinkableAccount`). */
export async function linkContactAccount(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<Result<{ userId: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findContact(deps, id);
  if (!row) return fail("NOT_FOUND");
  const refused = refuseDirectoryWrite(actor, row.fabriqueId);
  if (refused) return refused;
  const account = await findLinkableAccount(deps, row);
  if (!account) return fail("INVALID_INPUT", { fields: { link: fr.organisations.contact.noAccount } });
  await deps.db
    .update(contact)
    .set({ userId: account.id, updatedAt: deps.clock.now() })
    .where(and(eq(contact.id, id), isNull(contact.userId)));
  return ok({ userId: account.id });
}
