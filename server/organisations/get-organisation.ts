import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import {
  contact,
  fabrique,
  initiative,
  initiativePartner,
  organisation,
  type PartnerRole,
  programme,
} from "../db/schema";
import { canReadDirectory, canWriteDirectory } from "./organisation-access";
import { isEsusExpired, isoDay } from "./organisation-values";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OrganisationRow = typeof organisation.$inferSelect;

/** The stored row, whoever owns it (callers authorise against its `fabriqueId`). */
export async function findOrganisation(deps: Pick<Deps, "db">, id: string): Promise<OrganisationRow | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await deps.db.select().from(organisation).where(eq(organisation.id, id));
  return row ?? null;
}

export type ContactItem = {
  id: string;
  organisationId: string | null;
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  notes: string;
  hasAccount: boolean;
};

export type OrganisationDetails = OrganisationRow & {
  territoryName: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
  esusExpired: boolean;
  canEdit: boolean;
  contacts: ContactItem[];
  initiatives: { id: string; reference: string; title: string; stage: string; roles: PartnerRole[] }[];
  programmes: { id: string; name: string; amountCents: number | null }[];
};

export const contactColumns = {
  id: contact.id,
  organisationId: contact.organisationId,
  name: contact.name,
  jobTitle: contact.jobTitle,
  email: contact.email,
  phone: contact.phone,
  notes: contact.notes,
  hasAccount: sql<boolean>`${contact.userId} is not null`,
};

/**
 * An organisation of a directory the actor may read, with its contacts, the initiatives it (or
 * one of its people) takes part in, and the programmes it funds.
 */
export async function getOrganisation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<Result<OrganisationDetails, "NOT_FOUND">> {
  const row = await findOrganisation(deps, id);
  if (!row || !canReadDirectory(actor, row.fabriqueId)) return fail("NOT_FOUND");
  const [owner] = await deps.db
    .select({
      slug: fabrique.slug,
      name: fabrique.name,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${row.territoryKind} and t.code = ${row.territoryCode})`,
    })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const contacts = await deps.db
    .select(contactColumns)
    .from(contact)
    .where(eq(contact.organisationId, id))
    .orderBy(asc(contact.name));
  const contactIds = contacts.map((c) => c.id);
  const roles = await deps.db
    .select({
      id: initiative.id,
      reference: initiative.reference,
      title: initiative.title,
      stage: initiative.stage,
      role: initiativePartner.role,
    })
    .from(initiativePartner)
    .innerJoin(initiative, eq(initiative.id, initiativePartner.initiativeId))
    .where(
      and(
        eq(initiative.fabriqueId, row.fabriqueId),
        or(
          eq(initiativePartner.organisationId, id),
          contactIds.length ? inArray(initiativePartner.contactId, contactIds) : undefined,
        ),
      ),
    )
    .orderBy(asc(initiative.reference));
  const initiatives: OrganisationDetails["initiatives"] = [];
  for (const r of roles) {
    let entry = initiatives.find((i) => i.id === r.id);
    if (!entry) {
      entry = { id: r.id, reference: r.reference, title: r.title, stage: r.stage, roles: [] };
      initiatives.push(entry);
    }
    if (!entry.roles.includes(r.role)) entry.roles.push(r.role);
  }
  const programmes = await deps.db
    .select({ id: programme.id, name: programme.name, amountCents: programme.amountCents })
    .from(programme)
    .where(eq(programme.funderOrganisationId, id))
    .orderBy(asc(programme.name));
  return ok({
    ...row,
    territoryName: owner?.territoryName ?? null,
    fabriqueSlug: owner?.slug ?? "",
    fabriqueName: owner?.name ?? "",
    esusExpired: isEsusExpired(row.esusUntil, isoDay(deps.clock.now())),
    canEdit: canWriteDirectory(actor, row.fabriqueId),
    contacts,
    initiatives,
    programmes,
  });
}
