import { and, eq, ne, notInArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";
import type { TerritoryRef } from "../territories/territory-schemas";
import { scopeCondition } from "./list-signals";

export type SimilarSignal = {
  id: string;
  reference: string;
  title: string;
  status: (typeof signal.$inferSelect)["status"];
  territoryName: string | null;
  fabriqueName: string;
  similarity: number;
  sameTerritory: boolean;
};

/** Below this trigram similarity of the texts, two signals are not shown as alike. */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * The neighbourhood of a territory: itself, and the territories that share its EPCI or its
 * département (a commune's neighbours, an EPCI's communes…), read from the territory table.
 */
function neighbourhood(ref: TerritoryRef): SQL {
  return sql`(
    (${signal.territoryKind} = ${ref.kind} and ${signal.territoryCode} = ${ref.code})
    or exists (
      select 1 from territory me, territory them
      where me.kind = ${ref.kind} and me.code = ${ref.code}
        and them.kind = ${signal.territoryKind} and them.code = ${signal.territoryCode}
        and (
          (me.epci_code is not null and (them.epci_code = me.epci_code
             or (them.kind = 'epci' and them.code = me.epci_code)))
          or (me.kind = 'epci' and them.epci_code = me.code)
          or (me.departement_code is not null and (them.departement_code = me.departement_code
             or (them.kind = 'departement' and them.code = me.departement_code)))
          or (me.kind = 'departement' and them.departement_code = me.code)
        )
    )
  )`;
}

/**
 * Signals the actor may see that look like this one: same or neighbouring territory, and a
 * similar title and description (trigram similarity). Merged and rejected signals are left out.
 */
export async function findSimilarSignals(
  deps: Pick<Deps, "db">,
  actor: Actor,
  draft: { id?: string; title: string; description: string; territory: TerritoryRef },
  limit = 5,
): Promise<SimilarSignal[]> {
  const text = `${draft.title} ${draft.description}`.slice(0, 2000);
  const similarity = sql<number>`similarity(${signal.title} || ' ' || ${signal.description}, ${text})`;
  const conditions = [
    scopeCondition(actor),
    draft.id ? ne(signal.id, draft.id) : undefined,
    notInArray(signal.status, ["merged", "rejected"]),
    neighbourhood(draft.territory),
    sql`${similarity} >= ${SIMILARITY_THRESHOLD}`,
  ].filter((condition): condition is SQL => condition !== undefined);
  const rows = await deps.db
    .select({
      id: signal.id,
      reference: signal.reference,
      title: signal.title,
      status: signal.status,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${signal.territoryKind} and t.code = ${signal.territoryCode})`,
      fabriqueName: fabrique.name,
      similarity,
      sameTerritory: sql<boolean>`(${signal.territoryKind} = ${draft.territory.kind}
        and ${signal.territoryCode} = ${draft.territory.code})`,
    })
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(and(...conditions))
    .orderBy(sql`${similarity} desc`, signal.reference)
    .limit(limit);
  return rows.map((row) => ({ ...row, similarity: Number(row.similarity) }));
}
