/**
 * Where a service of the existing offer applies, as `kind:code` keys the territory pages can
 * match: the territories of its eligibility zone, the same with every parent, and the commune of
 * its address with its parents. Pure: the parents come from the territory table.
 */
export const FRANCE = "france";

/** The territory a `zone_eligibilite` code names; null for a foreign country. */
export function zoneKey(code: string): string | null {
  const value = code.trim();
  if (value.toLowerCase() === FRANCE || value === "99100") return FRANCE;
  if (/^99\d{3}$/.test(value)) return null;
  if (/^\d{9}$/.test(value)) return `epci:${value}`;
  if (/^\w{5}$/.test(value)) return `commune:${value.toUpperCase()}`;
  if (/^\w{2,3}$/.test(value)) return `departement:${value.toUpperCase()}`;
  return null;
}

/** What the territory table says of a key: the current key it stands for (an old commune code), its parents. */
export type KeyFacts = { current: string; parents: string[] };

export type Coverage = { zoneKeys: string[]; zoneUpKeys: string[]; addressUpKeys: string[] };

export function coverageKeys(
  zone: readonly string[] | null | undefined,
  addressCommune: string | null | undefined,
  facts: ReadonlyMap<string, KeyFacts>,
): Coverage {
  const resolve = (key: string) => facts.get(key)?.current ?? key;
  // A key with the parents known for it, or for the old code that named it.
  const up = (original: string) => {
    const key = resolve(original);
    return [key, ...(facts.get(key)?.parents ?? facts.get(original)?.parents ?? [])];
  };
  const zoneCodes = (zone ?? []).map(zoneKey).filter((k): k is string => k !== null);
  const zoneKeys = [...new Set(zoneCodes.map(resolve))];
  const zoneUpKeys = [...new Set(zoneCodes.flatMap((key) => (key === FRANCE ? [FRANCE] : up(key))))];
  const addressUpKeys = addressCommune ? [...new Set(up(`commune:${addressCommune.toUpperCase()}`))] : [];
  return { zoneKeys, zoneUpKeys, addressUpKeys };
}

/** Keys a territory's own offer matches: itself, its parents, and the whole country. */
export function ancestorsOrSelf(key: string, facts: ReadonlyMap<string, KeyFacts>): string[] {
  const current = facts.get(key)?.current ?? key;
  return [...new Set([current, ...(facts.get(current)?.parents ?? facts.get(key)?.parents ?? []), FRANCE])];
}
