import { listSignalsQuery } from "../../server/signals/signal-schemas";

/** The list's filters from the URL; a filter that cannot be read is dropped, never a 500. */
export function readListQuery(url: URL) {
  const raw = Object.fromEntries(url.searchParams.entries());
  const parsed = listSignalsQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const one = listSignalsQuery.safeParse({ [key]: value });
    if (one.success) kept[key] = value;
  }
  return listSignalsQuery.parse(kept);
}

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
