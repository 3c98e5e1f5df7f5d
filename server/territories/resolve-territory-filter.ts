import type { Deps } from "../core/deps";
import { resolveTerritoryInput } from "./resolve-territory-input";

/**
 * A list's territory filter: without JavaScript the territory box sends only what was typed
 * (`territoryQuery`), which is resolved like a form field. Sets `query.territory` when found, and
 * gives back the typed text and the French error to show in the filter form.
 */
export async function resolveTerritoryFilter(
  deps: Pick<Deps, "db">,
  url: URL,
  query: { territory?: string },
): Promise<{ territoryQuery: string; territoryError: string | undefined }> {
  const typed = url.searchParams.get("territoryQuery") ?? "";
  let territoryError: string | undefined;
  if (!query.territory && typed.trim()) {
    const resolved = await resolveTerritoryInput(deps, { query: typed });
    if (resolved.ok && resolved.value) query.territory = `${resolved.value.kind}:${resolved.value.code}`;
    else if (!resolved.ok) territoryError = resolved.fields?.territory;
  }
  return { territoryQuery: typed, territoryError };
}
