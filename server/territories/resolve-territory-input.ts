import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { TerritoryKind } from "../db/schema";
import { getTerritory } from "./get-territory";
import { normaliseSearchText } from "./normalise-search-text";
import { searchTerritories } from "./search-territories";
import { parseTerritoryValue, type TerritorySummary } from "./territory-schemas";

/**
 * Read the territory combobox of a form post: the `kind:code` the script chose, or, when the
 * browser ran no script, the text typed, resolved when it names one territory only (a code, a
 * unique name, a single result). Null when both are empty; the caller decides if that is allowed.
 */
export async function resolveTerritoryInput(
  deps: Pick<Deps, "db">,
  input: { value?: string | null; query?: string | null; kinds?: TerritoryKind[] },
  field = "territory",
): Promise<Result<TerritorySummary | null, "INVALID_INPUT">> {
  const ref = parseTerritoryValue(input.value);
  if (ref && (!input.kinds || input.kinds.includes(ref.kind))) {
    const found = await getTerritory(deps, ref);
    if (found.ok) {
      const { kind, code, name, population, parents } = found.value;
      return ok({ kind, code, name, population, parents });
    }
  }
  const query = (input.query ?? "").trim();
  if (!query) return ok(null);
  const found = await searchTerritories(deps, query, { kinds: input.kinds, limit: 10 });
  if (!found.ok) return found;
  const results = found.value;
  const folded = normaliseSearchText(query);
  const byCode = results.filter((r) => r.code.toLowerCase() === query.toLowerCase().replace(/\s/g, ""));
  const byName = results.filter((r) => normaliseSearchText(r.name) === folded);
  const single =
    results.length === 1
      ? results[0]
      : byCode.length === 1
        ? byCode[0]
        : byName.length === 1
          ? byName[0]
          : null;
  if (single) return ok(single);
  return fail("INVALID_INPUT", {
    fields: {
      [field]: results.length
        ? t(fr.territories.search.ambiguous, { q: query })
        : t(fr.territories.search.notFound, { q: query }),
    },
    details: { candidates: results.slice(0, 5) },
  });
}
