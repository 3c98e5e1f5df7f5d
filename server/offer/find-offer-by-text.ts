import { sql } from "drizzle-orm";
import { territoryKeySchema } from "../catalogue/model-schemas";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { splitQueryWords } from "../search/query-terms";
import { SEARCH_CONFIG, stemWords } from "../search/stem";
import { type OfferServiceItem, serviceItemJson } from "./list-offer";
import { resolveOfferFilter } from "./offer-filter";
import { MIN_SHARED_STEMS, matchedWords, signalStems } from "./offer-text-match";

/** A service proposed from its own text, with the signal's words its name or description holds. */
export type TextMatchedService = OfferServiceItem & { matchedWords: string[] };

/**
 * The existing offer of a territory that carries no `thematiques` (most imports carry few), found
 * by its own name and description (territory as `kind:code`): the same French stems as the catalogue's search (`fr_unaccent`,
 * stop words left out, inflections joined), most shared words first. A service sharing fewer than
 * `MIN_SHARED_STEMS` words is not proposed. NOT_FOUND for a territory not in the COG.
 */
export async function findOfferByText(
  deps: Pick<Deps, "db">,
  input: { territory: string; texts: readonly string[]; limit: number },
): Promise<Result<TextMatchedService[], "NOT_FOUND">> {
  const territory = territoryKeySchema.safeParse(input.territory);
  if (!territory.success) return fail("NOT_FOUND");
  const filter = await resolveOfferFilter(deps, {
    territory: territory.data,
    thematique: [],
    public: [],
    theme: [],
    page: 1,
    limit: input.limit,
  });
  if (!filter.ok) return fail("NOT_FOUND");
  const words = input.texts.flatMap((text) => splitQueryWords(text));
  const byStem = signalStems(words, await stemWords(deps.db, words));
  if (byStem.size === 0) return ok([]);
  const { covers, coveredBy } = filter.value;
  const rows = (
    await deps.db.execute<{ service: OfferServiceItem; shared: string[] }>(sql`
      with candidates as (
        select s.*, ${coveredBy} as covered_by,
          array(select unnest(tsvector_to_array(to_tsvector(${SEARCH_CONFIG}::regconfig, s.name || ' ' || s.description)))
                intersect select unnest(${sql.param([...byStem.keys()])}::text[])) as shared
        from offer_service s
        where cardinality(s.thematiques) = 0 and ${covers}
      )
      select ${serviceItemJson} as service, m.shared
      from candidates m join offer_structure st on st.source = m.source and st.id = m.structure_id
      where cardinality(m.shared) >= ${MIN_SHARED_STEMS}
      order by cardinality(m.shared) desc, lower(m.name), m.id`)
  ).rows;
  return ok(
    rows
      .map((row) => ({ ...row.service, matchedWords: matchedWords(byStem, row.shared) }))
      .filter((service) => service.matchedWords.length > 0)
      .slice(0, input.limit),
  );
}
