import type { Deps } from "../core/deps";
import type { Result } from "../core/result";
import { normaliseSearchText } from "./normalise-search-text";
import { resolveTerritoryInput } from "./resolve-territory-input";
import type { TerritorySummary } from "./territory-schemas";

/**
 * Reads a territory box whose hidden `kind:code` was filled in advance (an edit, a campaign's
 * territory). With JavaScript the box empties that value as soon as the person types, but without
 * it the value stays whatever is typed: so the value counts only while the text still shows its
 * name, and an emptied text means no territory.
 */
export async function resolveTypedTerritory(
  deps: Pick<Deps, "db">,
  input: { value: string; query: string },
): Promise<Result<TerritorySummary | null>> {
  const query = input.query.trim();
  if (!query) return { ok: true, value: null };
  const resolved = await resolveTerritoryInput(deps, input);
  if (!resolved.ok || !resolved.value) return resolved;
  if (normaliseSearchText(resolved.value.name) === normaliseSearchText(query)) return resolved;
  return resolveTerritoryInput(deps, { query });
}
