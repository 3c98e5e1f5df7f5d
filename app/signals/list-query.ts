import type { z } from "zod";
import { listSignalsQuery } from "../../server/signals/signal-schemas";

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
