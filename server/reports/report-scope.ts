import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, initiative, initiativeProgramme, programme, signal, territory } from "../db/schema";
import { actorOrganisationIds } from "../initiatives/initiative-access";

export type ReportScopeKind = "network" | "region" | "fabrique" | "programme";

/**
 * What a report counts (decision record 0074). `fabriqueIds` null: every Fabrique; `programmeId`:
 * only the initiatives that programme covers (signals and campaigns are then not counted: no
 * programme covers a signal).
 */
export type ReportScope = {
  /** `network`, `region:28`, `fabrique:adress`, `programme:<id>`: the `scope` parameter. */
  code: string;
  kind: ReportScopeKind;
  name: string;
  fabriqueIds: string[] | null;
  programmeId: string | null;
};

type FabriqueRow = { id: string; slug: string; name: string; regionCode: string | null };
type ProgrammeRow = { id: string; name: string; fabriqueId: string };

const scopeText = fr.reports.scopes;

function fabriqueScope(row: FabriqueRow): ReportScope {
  const name = t(scopeText.fabrique, { name: row.name });
  return { code: `fabrique:${row.slug}`, kind: "fabrique", name, fabriqueIds: [row.id], programmeId: null };
}

function programmeScope(row: ProgrammeRow, fabriqueIds: string[] | null): ReportScope {
  const name = t(scopeText.programme, { name: row.name });
  return { code: `programme:${row.id}`, kind: "programme", name, fabriqueIds, programmeId: row.id };
}

async function networkScopes(deps: Pick<Deps, "db">, fabriques: FabriqueRow[]): Promise<ReportScope[]> {
  const regionCodes = [...new Set(fabriques.map((f) => f.regionCode).filter((c): c is string => !!c))];
  const regions = regionCodes.length
    ? await deps.db
        .select({ code: territory.code, name: territory.name })
        .from(territory)
        .where(and(eq(territory.kind, "region"), inArray(territory.code, regionCodes)))
    : [];
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const programmes = await deps.db
    .select({ id: programme.id, name: programme.name, fabriqueId: programme.fabriqueId })
    .from(programme)
    .orderBy(asc(programme.name));
  return [
    { code: "network", kind: "network", name: scopeText.network, fabriqueIds: null, programmeId: null },
    ...regionCodes.sort().map(
      (code): ReportScope => ({
        code: `region:${code}`,
        kind: "region",
        name: t(scopeText.region, { name: regionName.get(code) ?? code }),
        fabriqueIds: fabriques.filter((f) => f.regionCode === code).map((f) => f.id),
        programmeId: null,
      }),
    ),
    ...fabriques.map(fabriqueScope),
    ...programmes.map((p) => programmeScope(p, null)),
  ];
}

/**
 * The scopes an actor may read, the permission of every report in one place: the network
 * animator reads the network, each région and each Fabrique, and every programme; a Fabrique's
 * team (admin, officer) reads its Fabrique and its programmes (their initiatives of that
 * Fabrique); a partner whose organisation funds a programme reads that programme (every
 * initiative it covers). Anyone else reads nothing.
 */
export async function readableScopes(deps: Pick<Deps, "db">, actor: Actor | null): Promise<ReportScope[]> {
  if (!actor) return [];
  const fabriques: FabriqueRow[] = await deps.db
    .select({ id: fabrique.id, slug: fabrique.slug, name: fabrique.name, regionCode: fabrique.regionCode })
    .from(fabrique)
    .orderBy(asc(fabrique.name));
  if (actor.isNetworkAnimator) return networkScopes(deps, fabriques);
  const team = fabriques.filter((f) => isTeamMember(actor, f.id));
  const teamIds = team.map((f) => f.id);
  const teamProgrammes = teamIds.length
    ? await deps.db
        .select({ id: programme.id, name: programme.name, fabriqueId: programme.fabriqueId })
        .from(programme)
        .where(inArray(programme.fabriqueId, teamIds))
        .orderBy(asc(programme.name))
    : [];
  const organisationIds = await actorOrganisationIds(deps, actor);
  const funded = organisationIds.length
    ? await deps.db
        .select({ id: programme.id, name: programme.name, fabriqueId: programme.fabriqueId })
        .from(programme)
        .where(
          and(
            isNotNull(programme.funderOrganisationId),
            inArray(programme.funderOrganisationId, organisationIds),
          ),
        )
        .orderBy(asc(programme.name))
    : [];
  const fundedIds = new Set(funded.map((p) => p.id));
  return [
    ...team.map(fabriqueScope),
    // A programme the actor's organisation funds shows all it covers; else only the team's Fabriques.
    ...teamProgrammes.filter((p) => !fundedIds.has(p.id)).map((p) => programmeScope(p, teamIds)),
    ...funded.map((p) => programmeScope(p, null)),
  ];
}

/** SQL: the initiative is inside the scope. */
export function initiativeInScope(scope: ReportScope): SQL {
  const conditions: SQL[] = [];
  if (scope.fabriqueIds) conditions.push(inArray(initiative.fabriqueId, scope.fabriqueIds));
  if (scope.programmeId) {
    conditions.push(sql`${initiative.id} in (select ${initiativeProgramme.initiativeId}
      from ${initiativeProgramme} where ${initiativeProgramme.programmeId} = ${scope.programmeId})`);
  }
  return conditions.length ? and(...conditions)! : sql`true`;
}

/** SQL: the signal is inside the scope (never for a programme: see `ReportScope`). */
export function signalInScope(scope: ReportScope): SQL {
  if (scope.programmeId) return sql`false`;
  return scope.fabriqueIds ? inArray(signal.fabriqueId, scope.fabriqueIds) : sql`true`;
}
