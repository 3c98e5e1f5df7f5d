import type { z } from "zod";
import type { Deps } from "../../server/core/deps";
import { listSignalsQuery } from "../../server/signals/signal-schemas";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";

/**
 * A list's filters from the URL, read with the list's schema (every field optional or
 * defaulted); a filter that cannot be read is dropped, never a 500.
 */
export function readQueryWith<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  url: URL,
): z.output<S> {
  const raw = Object.fromEntries(url.searchParams.entries());
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const one = schema.safeParse({ [key]: value });
    if (one.success) kept[key] = value;
  }
  return schema.parse(kept);
}

/** The signals list's filters from the URL. */
export const readListQuery = (url: URL) => readQueryWith(listSignalsQuery, url);

/** The same filters as a query string, with some values changed (pagination, export). */
export function queryWith(url: URL, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(url.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

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
