import { listOrganisationsQuery } from "../../server/organisations/organisation-schemas";

/** The directory's filters from the URL; a filter that cannot be read is dropped, never a 500. */
export function readOrganisationsQuery(url: URL) {
  const raw = Object.fromEntries(url.searchParams.entries());
  const parsed = listOrganisationsQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (listOrganisationsQuery.safeParse({ [key]: value }).success) kept[key] = value;
  }
  return listOrganisationsQuery.parse(kept);
}
