import { sql } from "drizzle-orm";
import { inclusionThematiqueLabels } from "../../shared/codes/data-inclusion";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { resolveOfferFilter } from "./offer-filter";
import { type ListOfferInput, listOfferInput } from "./offer-query";

export type OfferServiceItem = {
  source: string;
  id: string;
  name: string;
  description: string;
  type: string | null;
  thematiques: string[];
  publics: string[];
  fees: string | null;
  address: string | null;
  postcode: string | null;
  commune: string | null;
  eligibilityZone: string[] | null;
  structure: { id: string; name: string; website: string | null };
  link: string | null;
  /** Why it is listed here: its eligibility zone covers the territory, or its address is in it. */
  coveredBy: "zone" | "address";
};

export type TerritoryOffer = {
  territory: { kind: string; code: string; name: string };
  services: OfferServiceItem[];
  total: number;
  page: number;
  pages: number;
  thematiques: { value: string; label: string; count: number }[];
};

/**
 * One service as an `OfferServiceItem`, over `m` (an `offer_service` row with its `covered_by`)
 * joined to `st` (its structure).
 */
export const serviceItemJson = sql`json_build_object(
  'source', m.source, 'id', m.id, 'name', m.name, 'description', m.description, 'type', m.type,
  'thematiques', m.thematiques, 'publics', m.publics, 'fees', m.fees, 'address', m.address,
  'postcode', m.postcode, 'commune', m.commune, 'eligibilityZone', m.eligibility_zone,
  'structure', json_build_object('id', st.id, 'name', st.name, 'website', st.website),
  'link', m.data->>'lien_source', 'coveredBy', m.covered_by)`;

/** The existing offer of a territory, a page of it and its thématiques (see `resolveOfferFilter`). */
export async function listOffer(
  deps: Pick<Deps, "db">,
  input: ListOfferInput,
): Promise<Result<TerritoryOffer, "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = listOfferInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const query = parsed.data;
  const filter = await resolveOfferFilter(deps, query);
  if (!filter.ok) return filter;
  const { territory, covers, thematique, coveredBy } = filter.value;
  const offset = (query.page - 1) * query.limit;
  const [row] = (
    await deps.db.execute<{
      services: OfferServiceItem[] | null;
      total: number;
      facets: { value: string; count: number }[] | null;
    }>(sql`
      with covering as materialized (
        select s.*, ${coveredBy} as covered_by
        from offer_service s where ${covers}
      ),
      matching as (select * from covering s where ${thematique})
      select
        (select json_agg(${serviceItemJson} order by lower(m.name), m.id)
         from (select * from matching order by lower(name), id limit ${query.limit} offset ${offset}) m
         join offer_structure st on st.source = m.source and st.id = m.structure_id) as services,
        (select count(*)::int from matching) as total,
        (select json_agg(json_build_object('value', v, 'count', n))
         from (select unnest(thematiques) as v, count(*)::int as n from covering group by 1) f) as facets`)
  ).rows;
  const total = row?.total ?? 0;
  return ok({
    territory,
    services: row?.services ?? [],
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / query.limit)),
    thematiques: (row?.facets ?? [])
      .map((f) => ({ ...f, label: inclusionThematiqueLabels.get(f.value) ?? f.value }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr")),
  });
}
