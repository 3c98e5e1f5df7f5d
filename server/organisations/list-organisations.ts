import { and, asc, eq, inArray, isNotNull, like, lt, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { contact, fabrique, organisation } from "../db/schema";
import { memberCondition, memberKindsOf } from "../territories/territory-members";
import { parseTerritoryValue } from "../territories/territory-schemas";
import { canListDirectory, directoryFabriques } from "./organisation-access";
import type { ListOrganisationsQuery } from "./organisation-schemas";
import { isEsusExpired, isoDay } from "./organisation-values";
import { compactIdentifier } from "./siren";

export type OrganisationListItem = {
  id: string;
  name: string;
  kind: (typeof organisation.$inferSelect)["kind"];
  siren: string | null;
  legalForm: string;
  esusUntil: string | null;
  esusExpired: boolean;
  siaeKind: (typeof organisation.$inferSelect)["siaeKind"];
  adaptedEnterprise: boolean;
  territoryName: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
};

export type OrganisationList = { items: OrganisationListItem[]; total: number; page: number; pages: number };

/** Accents and case do not matter when searching a name ("cafe" finds "Café"). */
const folded = (value: SQLWrapper | string) => sql`lower(unaccent(${value}))`;

/** The organisation acts in the territory asked for, or in one it contains (communes of an EPCI…). */
function insideTerritory(value: string): SQL | null {
  const ref = parseTerritoryValue(value);
  if (!ref) return null;
  const members = memberKindsOf[ref.kind]
    .map((kind) => memberCondition(ref, kind))
    .filter((condition): condition is SQL => condition !== null);
  const inside = members.length
    ? sql`exists (select 1 from territory m where m.kind = ${organisation.territoryKind}
                   and m.code = ${organisation.territoryCode} and (${sql.join(members, sql` or `)}))`
    : sql`false`;
  return sql`((${organisation.territoryKind} = ${ref.kind} and ${organisation.territoryCode} = ${ref.code}) or ${inside})`;
}

/** The directories the actor may read (their team's Fabriques, or every one for the animator). */
function scopeCondition(actor: Actor): SQL | undefined {
  if (actor.isNetworkAnimator) return undefined;
  const ids = directoryFabriques(actor).map((f) => f.id);
  return ids.length ? inArray(organisation.fabriqueId, ids) : sql`false`;
}

function conditions(query: Partial<ListOrganisationsQuery>, today: string): SQL[] {
  const where: SQL[] = [];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = compactIdentifier(query.q);
    // "443 061 841" finds the organisation by its SIREN or SIRET as well as by its name.
    where.push(
      /^\d{3,14}$/.test(digits)
        ? or(
            sql`${folded(organisation.name)} like ${folded(pattern)}`,
            like(organisation.siren, `${digits}%`),
            like(organisation.siret, `${digits}%`),
          )!
        : sql`${folded(organisation.name)} like ${folded(pattern)}`,
    );
  }
  if (query.territory) where.push(insideTerritory(query.territory) ?? sql`false`);
  if (query.fabrique) where.push(eq(fabrique.slug, query.fabrique));
  if (query.kind) where.push(eq(organisation.kind, query.kind));
  if (query.siaeKind) where.push(eq(organisation.siaeKind, query.siaeKind));
  if (query.agrement === "esus") where.push(sql`${organisation.esusUntil} >= ${today}`);
  if (query.agrement === "esus_expired") where.push(lt(organisation.esusUntil, today));
  if (query.agrement === "adapted") where.push(eq(organisation.adaptedEnterprise, true));
  if (query.agrement === "siae") where.push(isNotNull(organisation.siaeKind));
  return where;
}

/** The organisations of the directories the actor may read, searched and filtered, by name. */
export async function listOrganisations(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  query: ListOrganisationsQuery,
): Promise<Result<OrganisationList, "NOT_FOUND">> {
  if (!canListDirectory(actor)) return fail("NOT_FOUND");
  const today = isoDay(deps.clock.now());
  const where = and(scopeCondition(actor), ...conditions(query, today));
  const [counted] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisation)
    .innerJoin(fabrique, eq(fabrique.id, organisation.fabriqueId))
    .where(where);
  const total = counted?.n ?? 0;
  const rows = await deps.db
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      siren: organisation.siren,
      legalForm: organisation.legalForm,
      esusUntil: organisation.esusUntil,
      siaeKind: organisation.siaeKind,
      adaptedEnterprise: organisation.adaptedEnterprise,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${organisation.territoryKind} and t.code = ${organisation.territoryCode})`,
      fabriqueSlug: fabrique.slug,
      fabriqueName: fabrique.name,
    })
    .from(organisation)
    .innerJoin(fabrique, eq(fabrique.id, organisation.fabriqueId))
    .where(where)
    .orderBy(asc(folded(organisation.name)), asc(organisation.id))
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  const items = rows.map((row) => ({ ...row, esusExpired: isEsusExpired(row.esusUntil, today) }));
  return ok({ items, total, page: query.page, pages: Math.max(1, Math.ceil(total / query.perPage)) });
}

/** Names of a Fabrique's organisations and contacts, for the choosers of partner and programme forms. */
export async function listDirectoryChoices(deps: Pick<Deps, "db">, fabriqueId: string) {
  const organisations = await deps.db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
    .from(organisation)
    .where(eq(organisation.fabriqueId, fabriqueId))
    .orderBy(asc(folded(organisation.name)));
  const contacts = await deps.db
    .select({
      id: contact.id,
      name: contact.name,
      organisationName: organisation.name,
    })
    .from(contact)
    .leftJoin(organisation, eq(organisation.id, contact.organisationId))
    .where(eq(contact.fabriqueId, fabriqueId))
    .orderBy(asc(folded(contact.name)));
  return { organisations, contacts };
}
