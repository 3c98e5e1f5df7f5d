import { type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { theme } from "../db/schema";
import { ancestorsOrSelf } from "./coverage";
import type { listOfferInput } from "./offer-query";
import { territoryParents } from "./territory-parents";

export type OfferQuery = z.output<typeof listOfferInput>;

/** What the list and the map of a territory's offer select, as SQL over `offer_service s`. */
export type OfferFilter = {
  territory: { kind: string; code: string; name: string };
  /** The services whose zone or address covers the territory, open to the public asked for. */
  covers: SQL;
  /** Of those, the thématiques asked for (directly or through catalogue themes). */
  thematique: SQL;
  /** `'zone'` or `'address'`: why a covering service is listed. */
  coveredBy: SQL;
  /** A local service: its address, or its whole eligibility zone, is in the territory. */
  local: SQL;
};

/**
 * The existing offer of a territory: the services whose eligibility zone covers part of it (or
 * the whole country), or whose address is in it, filtered by thématique and public. A public
 * filter keeps the services open to everyone (`tous-publics`). NOT_FOUND for a territory not in
 * the COG.
 */
export async function resolveOfferFilter(
  deps: Pick<Deps, "db">,
  query: OfferQuery,
): Promise<Result<OfferFilter, "NOT_FOUND">> {
  const key = `${query.territory.kind}:${query.territory.code}`;
  const facts = await territoryParents(deps.db, [key]);
  const current = facts.get(key)?.current ?? key;
  const [kind, code] = current.split(":") as [string, string];
  const [found] = (
    await deps.db.execute<{ name: string }>(
      sql`select name from territory where kind = ${kind} and code = ${code}`,
    )
  ).rows;
  if (!found) return fail("NOT_FOUND");

  const thematiques = new Set<string>(query.thematique);
  if (query.theme.length) {
    const rows = await deps.db
      .select({ inclusionThematiques: theme.inclusionThematiques })
      .from(theme)
      .where(sql`${theme.code} = any(${sql.param(query.theme)}::text[])`);
    for (const row of rows) for (const value of row.inclusionThematiques) thematiques.add(value);
  }
  const ancestors = ancestorsOrSelf(key, facts);
  const zoneInside = sql`s.zone_up_keys @> array[${current}]::text[]`;
  const byZone = sql`(s.zone_keys && ${sql.param(ancestors)}::text[] or ${zoneInside})`;
  const locatedIn = sql`s.address_up_keys @> array[${current}]::text[]`;
  const publicFilter = query.public.length
    ? sql`s.publics && ${sql.param([...query.public, "tous-publics"])}::text[]`
    : sql`true`;
  return ok({
    territory: { kind, code, name: found.name },
    covers: sql`(${byZone} or ${locatedIn}) and ${publicFilter}`,
    thematique: thematiques.size ? sql`s.thematiques && ${sql.param([...thematiques])}::text[]` : sql`true`,
    coveredBy: sql`case when ${byZone} then 'zone' else 'address' end`,
    local: sql`(${locatedIn} or ${zoneInside})`,
  });
}
