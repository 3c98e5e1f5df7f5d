import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { parisDate, parisDayBounds } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, signal } from "../db/schema";
import { notConfirmedSpam } from "../intake/spam";
import { insideTerritory } from "../territories/inside-territory";
import { canListSignals, signalScope } from "./signal-access";
import type { ListSignalsQuery } from "./signal-schemas";

export type SignalListItem = {
  id: string;
  reference: string;
  kind: (typeof signal.$inferSelect)["kind"];
  title: string;
  status: (typeof signal.$inferSelect)["status"];
  channel: (typeof signal.$inferSelect)["channel"];
  territoryKind: (typeof signal.$inferSelect)["territoryKind"];
  territoryCode: string;
  territoryName: string | null;
  themes: string[];
  sourceOrganisation: string;
  wakeUpOn: string | null;
  spam: (typeof signal.$inferSelect)["spam"];
  createdAt: Date;
  fabriqueSlug: string;
  fabriqueName: string;
};

export type SignalList = { items: SignalListItem[]; total: number; page: number; pages: number };

/** What the actor may see: the team's Fabriques, their own signals as a partner, or all. */
export function scopeCondition(actor: Actor): SQL | undefined {
  const scope = signalScope(actor);
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.teamFabriqueIds.length) parts.push(inArray(signal.fabriqueId, scope.teamFabriqueIds));
  if (scope.partnerFabriqueIds.length) {
    parts.push(
      and(inArray(signal.fabriqueId, scope.partnerFabriqueIds), eq(signal.createdByUserId, scope.userId))!,
    );
  }
  return parts.length ? or(...parts) : sql`false`;
}

export function filterConditions(actor: Actor, query: Partial<ListSignalsQuery>): SQL[] {
  const conditions: SQL[] = [];
  const scope = scopeCondition(actor);
  if (scope) conditions.push(scope);
  if (query.fabrique) conditions.push(eq(fabrique.slug, query.fabrique));
  if (query.kind) conditions.push(eq(signal.kind, query.kind));
  if (query.status) conditions.push(eq(signal.status, query.status));
  if (query.channel) conditions.push(eq(signal.channel, query.channel));
  if (query.theme) conditions.push(sql`${signal.themes} @> array[${query.theme}]::text[]`);
  if (query.territory)
    conditions.push(
      insideTerritory(query.territory, { kind: signal.territoryKind, code: signal.territoryCode }) ??
        sql`false`,
    );
  // Paris days: a signal received at 00:30 on 2 December in Paris belongs to 2 December.
  if (query.from) conditions.push(gte(signal.createdAt, parisDayBounds(query.from).start));
  if (query.to) conditions.push(lt(signal.createdAt, parisDayBounds(query.to).end));
  if (query.campaign) conditions.push(eq(signal.campaignId, query.campaign));
  // Confirmed spam leaves the lists unless asked for (decision record 0037).
  conditions.push(query.spam ? eq(signal.spam, query.spam) : notConfirmedSpam);
  return conditions;
}

const columns = {
  id: signal.id,
  reference: signal.reference,
  kind: signal.kind,
  title: signal.title,
  status: signal.status,
  channel: signal.channel,
  territoryKind: signal.territoryKind,
  territoryCode: signal.territoryCode,
  territoryName: sql<string | null>`(select t.name from territory t
    where t.kind = ${signal.territoryKind} and t.code = ${signal.territoryCode})`,
  themes: signal.themes,
  sourceOrganisation: signal.sourceOrganisation,
  wakeUpOn: signal.wakeUpOn,
  spam: signal.spam,
  createdAt: signal.createdAt,
  fabriqueSlug: fabrique.slug,
  fabriqueName: fabrique.name,
};

/** The signals the actor may see, filtered, newest first, one page at a time. */
export async function listSignals(
  deps: Pick<Deps, "db">,
  actor: Actor,
  query: ListSignalsQuery,
): Promise<Result<SignalList, "NOT_FOUND">> {
  if (!canListSignals(actor)) return fail("NOT_FOUND");
  const where = and(...filterConditions(actor, query));
  const [counted] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(where);
  const total = counted?.n ?? 0;
  const items = await deps.db
    .select(columns)
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(where)
    .orderBy(desc(signal.createdAt), desc(signal.reference))
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  return ok({ items, total, page: query.page, pages: Math.max(1, Math.ceil(total / query.perPage)) });
}

/** Every matching signal (for the CSV export), capped so one export stays a reasonable size. */
export async function listAllSignals(deps: Pick<Deps, "db">, actor: Actor, query: Partial<ListSignalsQuery>) {
  if (!canListSignals(actor)) return fail("NOT_FOUND");
  const items = await deps.db
    .select(columns)
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(and(...filterConditions(actor, query)))
    .orderBy(desc(signal.createdAt), desc(signal.reference))
    .limit(50_000);
  return ok(items);
}

/** How many of the team's signals are marked suspected and wait for a verdict. */
export async function countSuspectedSignals(deps: Pick<Deps, "db">, actor: Actor): Promise<number> {
  const scope = signalScope(actor);
  if (!scope.teamFabriqueIds.length) return 0;
  const [row] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(signal)
    .where(and(inArray(signal.fabriqueId, scope.teamFabriqueIds), eq(signal.spam, "suspected")));
  return row?.n ?? 0;
}

/** Parked signals whose wake-up day has come, for the team's reminder list. */
export async function listSignalsToWake(deps: Pick<Deps, "db" | "clock">, actor: Actor) {
  const today = parisDate(deps.clock.now());
  const scope = signalScope(actor);
  if (!scope.teamFabriqueIds.length) return [];
  return deps.db
    .select(columns)
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(
      and(
        inArray(signal.fabriqueId, scope.teamFabriqueIds),
        eq(signal.status, "parked"),
        sql`${signal.wakeUpOn} <= ${today}`,
        notConfirmedSpam,
      ),
    )
    .orderBy(signal.wakeUpOn)
    .limit(50);
}
