import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import {
  fabrique,
  initiative,
  initiativeProgramme,
  organisation,
  programme,
  signal,
  territory,
} from "../db/schema";
import { actorOrganisationIds } from "../initiatives/initiative-access";
import { type TerritoryClass, territoryClasses, territoryClassSql } from "./territory-class";

export type ReportScopeKind = "network" | "region" | "fabrique" | "programme" | "funder" | "territory";

/**
 * What a report counts (decision records 0074, 0095). `fabriqueIds` null: every Fabrique;
 * `programmeIds`: only the initiatives one of these programmes covers (signals and campaigns are
 * then not counted: no programme covers a signal); `territoryClass`: only the initiatives and
 * signals located in a QPV, a Petite ville de demain or a rural commune.
 */
export type ReportScope = {
  /** `network`, `region:28`, `fabrique:adress`, `programme:<id>`, `funder:<id>`, `territory:qpv`. */
  code: string;
  kind: ReportScopeKind;
  name: string;
  fabriqueIds: string[] | null;
  programmeIds: string[] | null;
  territoryClass: TerritoryClass | null;
};

type FabriqueRow = { id: string; slug: string; name: string; regionCode: string | null };
type ProgrammeRow = { id: string; name: string; fabriqueId: string; funderId: string | null };

const scopeText = fr.reports.scopes;
const base = { programmeIds: null, territoryClass: null };

function fabriqueScope(row: FabriqueRow): ReportScope {
  const name = t(scopeText.fabrique, { name: row.name });
  return { ...base, code: `fabrique:${row.slug}`, kind: "fabrique", name, fabriqueIds: [row.id] };
}

function programmeScope(row: ProgrammeRow, fabriqueIds: string[] | null): ReportScope {
  const name = t(scopeText.programme, { name: row.name });
  return {
    ...base,
    code: `programme:${row.id}`,
    kind: "programme",
    name,
    fabriqueIds,
    programmeIds: [row.id],
  };
}

/** One scope per funding organisation: every programme it funds among `rows`. */
async function funderScopes(
  deps: Pick<Deps, "db">,
  rows: ProgrammeRow[],
  fabriqueIds: string[] | null,
): Promise<ReportScope[]> {
  const funderIds = [...new Set(rows.map((r) => r.funderId).filter((id): id is string => !!id))];
  if (funderIds.length === 0) return [];
  const funders = await deps.db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, funderIds))
    .orderBy(asc(organisation.name));
  return funders.map((f) => ({
    ...base,
    code: `funder:${f.id}`,
    kind: "funder",
    name: t(scopeText.funder, { name: f.name }),
    fabriqueIds,
    programmeIds: rows.filter((r) => r.funderId === f.id).map((r) => r.id),
  }));
}

/** The territory kinds (QPV, PVD, rural) within some Fabriques (all when null). */
function territoryScopes(fabriques: FabriqueRow[] | null): ReportScope[] {
  const within = fabriques ? ` — ${fabriques.map((f) => f.name).join(", ")}` : "";
  return territoryClasses.map((territoryClass) => ({
    ...base,
    code: `territory:${territoryClass}`,
    kind: "territory",
    name: `${fr.reports.territoryClasses[territoryClass]}${within}`,
    fabriqueIds: fabriques ? fabriques.map((f) => f.id) : null,
    territoryClass,
  }));
}

const programmeColumns = {
  id: programme.id,
  name: programme.name,
  fabriqueId: programme.fabriqueId,
  funderId: programme.funderOrganisationId,
};

async function networkScopes(deps: Pick<Deps, "db">, fabriques: FabriqueRow[]): Promise<ReportScope[]> {
  const regionCodes = [...new Set(fabriques.map((f) => f.regionCode).filter((c): c is string => !!c))];
  const regions = regionCodes.length
    ? await deps.db
        .select({ code: territory.code, name: territory.name })
        .from(territory)
        .where(and(eq(territory.kind, "region"), inArray(territory.code, regionCodes)))
    : [];
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const programmes = await deps.db.select(programmeColumns).from(programme).orderBy(asc(programme.name));
  return [
    { ...base, code: "network", kind: "network", name: scopeText.network, fabriqueIds: null },
    ...regionCodes.sort().map(
      (code): ReportScope => ({
        ...base,
        code: `region:${code}`,
        kind: "region",
        name: t(scopeText.region, { name: regionName.get(code) ?? code }),
        fabriqueIds: fabriques.filter((f) => f.regionCode === code).map((f) => f.id),
      }),
    ),
    ...fabriques.map(fabriqueScope),
    ...territoryScopes(null),
    ...programmes.map((p) => programmeScope(p, null)),
    ...(await funderScopes(deps, programmes, null)),
  ];
}

/** The programmes an actor's organisations fund: each shows every initiative it covers. */
async function fundedProgrammes(deps: Pick<Deps, "db">, actor: Actor): Promise<ProgrammeRow[]> {
  const organisationIds = await actorOrganisationIds(deps, actor);
  if (organisationIds.length === 0) return [];
  return deps.db
    .select(programmeColumns)
    .from(programme)
    .where(
      and(
        isNotNull(programme.funderOrganisationId),
        inArray(programme.funderOrganisationId, organisationIds),
      ),
    )
    .orderBy(asc(programme.name));
}

/**
 * The scopes an actor may read, the permission of every report in one place: the network
 * animator reads the network, each région, each Fabrique, each territory kind, every programme
 * and every funder; a Fabrique's team (admin, officer) reads its Fabrique, its territory kinds,
 * its programmes and their funders (their initiatives of that Fabrique); a partner whose
 * organisation funds programmes reads each of them and the organisation's funder report (every
 * initiative they cover). Anyone else reads nothing.
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
        .select(programmeColumns)
        .from(programme)
        .where(inArray(programme.fabriqueId, teamIds))
        .orderBy(asc(programme.name))
    : [];
  const funded = await fundedProgrammes(deps, actor);
  const fundedIds = new Set(funded.map((p) => p.id));
  const fundedFunders = new Set(funded.map((p) => p.funderId));
  // A programme (a funder) the actor's organisation funds shows all it covers; else only the team's Fabriques.
  const teamOnly = teamProgrammes.filter((p) => !fundedIds.has(p.id));
  return [
    ...team.map(fabriqueScope),
    ...(team.length ? territoryScopes(team) : []),
    ...teamOnly.map((p) => programmeScope(p, teamIds)),
    ...funded.map((p) => programmeScope(p, null)),
    ...(await funderScopes(
      deps,
      teamOnly.filter((p) => !fundedFunders.has(p.funderId)),
      teamIds,
    )),
    ...(await funderScopes(deps, funded, null)),
  ];
}

/** SQL: the initiative is inside the scope. */
export function initiativeInScope(scope: ReportScope): SQL {
  const conditions: SQL[] = [];
  if (scope.fabriqueIds) conditions.push(inArray(initiative.fabriqueId, scope.fabriqueIds));
  if (scope.programmeIds) {
    conditions.push(sql`${initiative.id} in (select ${initiativeProgramme.initiativeId}
      from ${initiativeProgramme} where ${inArray(initiativeProgramme.programmeId, scope.programmeIds)})`);
  }
  if (scope.territoryClass) {
    conditions.push(
      territoryClassSql(scope.territoryClass, initiative.territoryKind, initiative.territoryCode),
    );
  }
  return conditions.length ? and(...conditions)! : sql`true`;
}

/** SQL: the signal is inside the scope (never for a programme or a funder: see `ReportScope`). */
export function signalInScope(scope: ReportScope): SQL {
  if (scope.programmeIds) return sql`false`;
  const conditions: SQL[] = [];
  if (scope.fabriqueIds) conditions.push(inArray(signal.fabriqueId, scope.fabriqueIds));
  if (scope.territoryClass) {
    conditions.push(territoryClassSql(scope.territoryClass, signal.territoryKind, signal.territoryCode));
  }
  return conditions.length ? and(...conditions)! : sql`true`;
}
