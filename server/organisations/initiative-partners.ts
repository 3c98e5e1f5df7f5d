import { and, eq, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { contact, initiativePartner, organisation, type PartnerRole, partnerRoles } from "../db/schema";
import { loadInitiativeForActor, loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { type AddPartnerInput, addPartnerInput, partnerNoteInput } from "./organisation-schemas";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const v = fr.organisations.validation;
const journalText = fr.organisations.partners.journal;

export type InitiativePartnerItem = {
  id: string;
  initiativeId: string;
  role: PartnerRole;
  /** The French label of the role (`fr.initiatives.partnerRoles`). */
  roleLabel: string;
  organisationId: string | null;
  organisationName: string | null;
  contactId: string | null;
  contactName: string | null;
  /** The organisation the contact works for, when the partner is a person. */
  contactOrganisationName: string | null;
  /** "Marie Durand (Adapei)", "Communauté de communes…": how the partner is named everywhere. */
  displayName: string;
  /** Shown to the team, the network and the carrier; empty for partners. */
  note: string;
};

const contactOrganisation = alias(organisation, "contact_organisation");

/** "Person (Organisation)", the person alone, or the organisation alone. */
export function partnerDisplayName(row: {
  organisationName: string | null;
  contactName: string | null;
  contactOrganisationName: string | null;
}): string {
  if (row.contactName) {
    const of = row.organisationName ?? row.contactOrganisationName;
    return of ? `${row.contactName} (${of})` : row.contactName;
  }
  return row.organisationName ?? "—";
}

async function selectPartners(db: Pick<Db, "select">, where: SQL) {
  const rows = await db
    .select({
      id: initiativePartner.id,
      initiativeId: initiativePartner.initiativeId,
      role: initiativePartner.role,
      organisationId: initiativePartner.organisationId,
      organisationName: organisation.name,
      contactId: initiativePartner.contactId,
      contactName: contact.name,
      contactOrganisationName: contactOrganisation.name,
      note: initiativePartner.note,
      createdAt: initiativePartner.createdAt,
    })
    .from(initiativePartner)
    .leftJoin(organisation, eq(organisation.id, initiativePartner.organisationId))
    .leftJoin(contact, eq(contact.id, initiativePartner.contactId))
    .leftJoin(contactOrganisation, eq(contactOrganisation.id, contact.organisationId))
    .where(where);
  // By role, in the order of the method (commanditaire first, porteur last), then by name.
  return rows
    .map(({ createdAt: _createdAt, ...row }) => ({
      ...row,
      roleLabel: fr.initiatives.partnerRoles[row.role],
      displayName: partnerDisplayName(row),
    }))
    .sort(
      (a, b) =>
        partnerRoles.indexOf(a.role) - partnerRoles.indexOf(b.role) ||
        a.displayName.localeCompare(b.displayName, "fr"),
    );
}

/**
 * The partners of an initiative with their roles and names, for whoever may read it (the
 * overview, the partners page, the API). Notes stay with those who work in the dossier.
 */
export async function listInitiativePartners(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<InitiativePartnerItem[], "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const { access } = loaded.value;
  const rows = await selectPartners(deps.db, eq(initiativePartner.initiativeId, initiativeId));
  const seesNotes = access.level !== "partner";
  return ok(rows.map((row) => ({ ...row, note: seesNotes ? row.note : "" })));
}

/**
 * The partners of an initiative are chosen from, and added to, the Fabrique's directory: the
 * team's work. The carrier reads the initiative's partners but neither browses that directory nor
 * adds to it (issue 14 #6); a partner only reads.
 */
async function loadPartnerWork(deps: Pick<Deps, "db">, actor: Actor, initiativeId: string) {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "partner.write");
  if (!loaded.ok) return loaded;
  if (loaded.value.access.level !== "team") {
    return fail("FORBIDDEN", { message: fr.organisations.partners.teamOnly });
  }
  return loaded;
}

function partnerWhoName(row: Pick<InitiativePartnerItem, "displayName">) {
  return row.displayName;
}

/**
 * Adds a partner with a role: an organisation and/or a contact of the initiative's Fabrique's
 * directory, or a new organisation created on the spot. Journaled in the same transaction.
 */
export async function addInitiativePartner(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<AddPartnerInput>,
): Promise<
  Result<InitiativePartnerItem, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadPartnerWork(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const { initiative } = loaded.value;
  const parsed = addPartnerInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { role, contactId, newOrganisation, note } = parsed.data;
  let { organisationId } = parsed.data;
  if (newOrganisation && organisationId) {
    return fail("INVALID_INPUT", { fields: { organisationId: v.partnerWho } });
  }
  if (!organisationId && !contactId && !newOrganisation) {
    return fail("INVALID_INPUT", { fields: { organisationId: v.partnerWho } });
  }
  const fields: Record<string, string> = {};
  if (organisationId) {
    const [row] = await deps.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.id, organisationId), eq(organisation.fabriqueId, initiative.fabriqueId)));
    if (!row) fields.organisationId = v.organisation;
  }
  if (contactId) {
    const [row] = await deps.db
      .select({ id: contact.id })
      .from(contact)
      .where(and(eq(contact.id, contactId), eq(contact.fabriqueId, initiative.fabriqueId)));
    if (!row) fields.contactId = v.contact;
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  if (organisationId || contactId) {
    const [duplicate] = await deps.db
      .select({ id: initiativePartner.id })
      .from(initiativePartner)
      .where(
        and(
          eq(initiativePartner.initiativeId, initiativeId),
          eq(initiativePartner.role, role),
          organisationId
            ? eq(initiativePartner.organisationId, organisationId)
            : isNull(initiativePartner.organisationId),
          contactId ? eq(initiativePartner.contactId, contactId) : isNull(initiativePartner.contactId),
        ),
      );
    if (duplicate) return fail("CONFLICT", { message: v.alreadyPartner, fields: { role: v.alreadyPartner } });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (newOrganisation) {
      const [created] = await tx
        .insert(organisation)
        .values({ ...newOrganisation, fabriqueId: initiative.fabriqueId, createdAt: now, updatedAt: now })
        .returning({ id: organisation.id });
      organisationId = created!.id;
    }
    const [inserted] = await tx
      .insert(initiativePartner)
      .values({ initiativeId, organisationId, contactId, role, note, createdAt: now })
      .returning({ id: initiativePartner.id });
    const [item] = await selectPartners(tx, eq(initiativePartner.id, inserted!.id));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "partner",
      note: t(journalText.added, { who: partnerWhoName(item!), role: item!.roleLabel.toLowerCase() }),
      byUserId: actor.userId,
      at: now,
    });
    return ok(item!);
  });
}

async function loadPartner(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  partnerId: string,
): Promise<Result<InitiativePartnerItem, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadPartnerWork(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  if (!uuidPattern.test(partnerId)) return fail("NOT_FOUND");
  const [item] = await selectPartners(
    deps.db,
    and(eq(initiativePartner.id, partnerId), eq(initiativePartner.initiativeId, initiativeId))!,
  );
  return item ? ok(item) : fail("NOT_FOUND");
}

/** Changes the note on a partner's role (what they bring, what was agreed). */
export async function updateInitiativePartnerNote(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  partnerId: string,
  input: { note?: unknown },
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await loadPartner(deps, actor, initiativeId, partnerId);
  if (!found.ok) return found;
  const parsed = partnerNoteInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const now = deps.clock.now();
  const item = found.value;
  return deps.db.transaction(async (tx) => {
    await tx
      .update(initiativePartner)
      .set({ note: parsed.data.note })
      .where(eq(initiativePartner.id, partnerId));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "partner",
      note: t(journalText.noteChanged, { who: partnerWhoName(item), role: item.roleLabel.toLowerCase() }),
      field: "note",
      before: item.note,
      after: parsed.data.note,
      teamOnly: true,
      byUserId: actor.userId,
      at: now,
    });
    return ok({ id: partnerId });
  });
}

/** Removes a role from the initiative; the organisation or contact stays in the directory. */
export async function removeInitiativePartner(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  partnerId: string,
): Promise<Result<{ id: string }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await loadPartner(deps, actor, initiativeId, partnerId);
  if (!found.ok) return found;
  const item = found.value;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await tx.delete(initiativePartner).where(eq(initiativePartner.id, partnerId));
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "partner",
      note: t(journalText.removed, { who: partnerWhoName(item), role: item.roleLabel.toLowerCase() }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ id: partnerId });
  });
}

/**
 * Before a contact leaves the directory, each initiative where they held a role notes it in its
 * journal (the delete cascades to the roles). Called inside the delete's transaction.
 */
export async function journalContactRemoval(
  tx: Pick<Db, "select" | "insert">,
  contactId: string,
  byUserId: string,
  at: Date,
): Promise<void> {
  const rows = await selectPartners(tx, eq(initiativePartner.contactId, contactId));
  for (const row of rows) {
    await recordInitiativeEvent(tx, {
      initiativeId: row.initiativeId,
      kind: "partner",
      note: t(journalText.removed, { who: row.displayName, role: row.roleLabel.toLowerCase() }),
      byUserId,
      at,
    });
  }
}
