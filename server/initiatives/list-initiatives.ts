import { and, asc, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { parisDate, parisDayBounds } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { fabrique, initiative, initiativeProgramme, initiativeStages, user } from "../db/schema";
import { insideTerritory } from "../territories/inside-territory";
import { partnerRolesByInitiative } from "./initiative-access";
import type { ListInitiativesQuery } from "./initiative-schemas";

export type InitiativeListItem = {
  id: string;
  reference: string;
  title: string;
  stage: (typeof initiative.$inferSelect)["stage"];
  entryPoint: (typeof initiative.$inferSelect)["entryPoint"];
  territoryKind: (typeof initiative.$inferSelect)["territoryKind"];
  territoryCode: string;
  territoryName: string | null;
  themes: string[];
  officerName: string | null;
  stageEnteredAt: Date;
  wakeUpOn: string | null;
  updatedAt: Date;
  fabriqueSlug: string;
  fabriqueName: string;
};

export type InitiativeList = { items: InitiativeListItem[]; total: number; page: number; pages: number };

/**
 * What the actor may list: every initiative for the network animator, their team's Fabriques'
 * initiatives, and the ones they are carrier or partner of (as `loadInitiativeForActor` allows).
 */
export async function initiativeScope(deps: Pick<Deps, "db">, actor: Actor): Promise<SQL | undefined> {
  if (actor.isNetworkAnimator) return undefined;
  const teamIds = actor.memberships
    .filter((m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer"))
    .map((m) => m.fabriqueId);
  const ids = new Set(
    actor.memberships
      .filter((m) => m.initiativeId !== null && m.role === "carrier")
      .map((m) => m.initiativeId!),
  );
  for (const id of (await partnerRolesByInitiative(deps, actor)).keys()) ids.add(id);
  const parts: SQL[] = [];
  if (teamIds.length) parts.push(inArray(initiative.fabriqueId, teamIds));
  if (ids.size) parts.push(inArray(initiative.id, [...ids]));
  return parts.length ? or(...parts) : sql`false`;
}

async function conditions(deps: Pick<Deps, "db">, actor: Actor, query: Partial<ListInitiativesQuery>) {
  const where: SQL[] = [];
  const scope = await initiativeScope(deps, actor);
  if (scope) where.push(scope);
  if (query.fabrique) where.push(eq(fabrique.slug, query.fabrique));
  if (query.stage) where.push(eq(initiative.stage, query.stage));
  if (query.entryPoint) where.push(eq(initiative.entryPoint, query.entryPoint));
  if (query.theme) where.push(sql`${initiative.themes} @> array[${query.theme}]::text[]`);
  if (query.officer) where.push(eq(initiative.officerUserId, query.officer));
  // Opened on (the Paris day the initiative was created), like a signal's "received on".
  if (query.from) where.push(gte(initiative.createdAt, parisDayBounds(query.from).start));
  if (query.to) where.push(lt(initiative.createdAt, parisDayBounds(query.to).end));
  if (query.programme) {
    where.push(
      sql`exists (select 1 from ${initiativeProgramme} ip where ip.initiative_id = ${initiative.id}
                  and ip.programme_id = ${query.programme})`,
    );
  }
  if (query.territory) {
    where.push(
      insideTerritory(query.territory, { kind: initiative.territoryKind, code: initiative.territoryCode }) ??
        sql`false`,
    );
  }
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(initiative.title, like), ilike(initiative.reference, like))!);
  }
  return and(...where);
}

const columns = {
  id: initiative.id,
  reference: initiative.reference,
  title: initiative.title,
  stage: initiative.stage,
  entryPoint: initiative.entryPoint,
  territoryKind: initiative.territoryKind,
  territoryCode: initiative.territoryCode,
  territoryName: sql<string | null>`(select t.name from territory t
    where t.kind = ${initiative.territoryKind} and t.code = ${initiative.territoryCode})`,
  themes: initiative.themes,
  officerName: user.name,
  stageEnteredAt: initiative.stageEnteredAt,
  wakeUpOn: initiative.wakeUpOn,
  updatedAt: initiative.updatedAt,
  fabriqueSlug: fabrique.slug,
  fabriqueName: fabrique.name,
};

function baseQuery(deps: Pick<Deps, "db">) {
  return deps.db
    .select(columns)
    .from(initiative)
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .leftJoin(user, eq(user.id, initiative.officerUserId));
}

/** The initiatives the actor may see, filtered, most recently changed first, one page at a time. */
export async function listInitiatives(
  deps: Pick<Deps, "db">,
  actor: Actor,
  query: ListInitiativesQuery,
): Promise<Result<InitiativeList, never>> {
  const where = await conditions(deps, actor, query);
  const [counted] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(initiative)
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .where(where);
  const total = counted?.n ?? 0;
  const items = await baseQuery(deps)
    .where(where)
    .orderBy(desc(initiative.updatedAt), asc(initiative.reference))
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  return ok({ items, total, page: query.page, pages: Math.max(1, Math.ceil(total / query.perPage)) });
}

/** Every matching initiative (kanban, CSV export), capped so one answer stays a reasonable size. */
export async function listAllInitiatives(
  deps: Pick<Deps, "db">,
  actor: Actor,
  query: Partial<ListInitiativesQuery>,
): Promise<InitiativeListItem[]> {
  return baseQuery(deps)
    .where(await conditions(deps, actor, query))
    .orderBy(asc(initiative.stageEnteredAt), asc(initiative.reference))
    .limit(5000);
}

/** How many initiatives the actor may see in each stage, in the pipeline's order (the dashboard). */
export async function countInitiativesByStage(deps: Pick<Deps, "db">, actor: Actor) {
  const rows = await deps.db
    .select({ stage: initiative.stage, count: sql<number>`count(*)::int` })
    .from(initiative)
    .where(await initiativeScope(deps, actor))
    .groupBy(initiative.stage);
  const counts = new Map(rows.map((row) => [row.stage, Number(row.count)]));
  return initiativeStages
    .filter((stage) => counts.has(stage))
    .map((stage) => ({ stage, count: counts.get(stage)! }));
}

/** Dormant initiatives of the actor's teams whose wake-up day has come (reminders). */
export async function listInitiativesToWake(deps: Pick<Deps, "db" | "clock">, actor: Actor) {
  const today = parisDate(deps.clock.now());
  const teamIds = actor.memberships
    .filter((m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer"))
    .map((m) => m.fabriqueId);
  if (!teamIds.length) return [];
  return baseQuery(deps)
    .where(
      and(
        inArray(initiative.fabriqueId, teamIds),
        eq(initiative.stage, "dormant"),
        sql`${initiative.wakeUpOn} <= ${today}`,
      ),
    )
    .orderBy(asc(initiative.wakeUpOn))
    .limit(50);
}
