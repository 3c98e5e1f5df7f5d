import { type SQL, sql } from "drizzle-orm";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { legalForms, modelStatuses } from "../db/schema";
import { themeCodes } from "./reference/themes";

/*
 * A model's status, legal forms, themes and publics as one 62-bit set (`facet_bits`), stored on
 * its index document and repeated on each of its postings, so a search reads what it filters on
 * and counts for its facets with the postings it reads anyway, instead of one document row per
 * candidate (docs/decisions/0024-facet-bits-on-postings.md).
 *
 * Each kind has its own range, so a value added to a list takes the next free bit of its range.
 * The bits are stored: a value's position must never change (the test lists them all). Moving
 * one would need a migration that recomputes every document's and posting's bits.
 */

export type FacetKind = "status" | "legalForm" | "theme" | "public";

const ranges: Record<FacetKind, { first: number; end: number; values: readonly string[] }> = {
  status: { first: 0, end: 4, values: ["published", "draft", "archived"] },
  legalForm: { first: 4, end: 16, values: legalForms },
  theme: { first: 16, end: 40, values: themeCodes },
  public: { first: 40, end: 62, values: inclusionPublics },
};

/** Every value that has a bit: kind, value, position. */
export const facetBitLayout: readonly { kind: FacetKind; value: string; bit: number }[] = (
  Object.entries(ranges) as [FacetKind, (typeof ranges)[FacetKind]][]
).flatMap(([kind, range]) => {
  if (range.first + range.values.length > range.end) {
    throw new Error(`facet bits: the ${kind} values overflow their range`);
  }
  return range.values.map((value, i) => ({ kind, value, bit: range.first + i }));
});

// Every status has its bit (the list above is written out so that its order never follows the
// schema's).
for (const status of modelStatuses) {
  if (!ranges.status.values.includes(status)) throw new Error(`facet bits: no bit for status ${status}`);
}

const bitOf = new Map(facetBitLayout.map((entry) => [`${entry.kind}:${entry.value}`, entry.bit]));

/** The set of these values' bits (0 when none has one: then nothing matches). */
export function facetMask(kind: FacetKind, values: readonly string[]): bigint {
  let mask = 0n;
  for (const value of values) {
    const bit = bitOf.get(`${kind}:${value}`);
    if (bit !== undefined) mask |= 1n << BigInt(bit);
  }
  return mask;
}

/** `bits` shares one of these values' bits. */
export function hasAnyFacet(bits: SQL, kind: FacetKind, values: readonly string[]): SQL {
  return sql`(${bits} & ${facetMask(kind, values).toString()}::int8) <> 0`;
}

/**
 * The bit set of a model row `m` (with `status`, `legal_forms`, `themes`, `publics`), for the
 * index writer.
 */
export function facetBitsSql(m: SQL): SQL {
  const layout = sql.join(
    facetBitLayout.map((entry) => sql`(${entry.kind}, ${entry.value}, ${entry.bit}::int)`),
    sql`, `,
  );
  return sql`(select coalesce(bit_or(1::int8 << b.bit), 0)
    from (values ${layout}) as b(kind, value, bit)
    where (b.kind = 'status' and b.value = ${m}.status::text)
       or (b.kind = 'legalForm' and b.value = any(${m}.legal_forms))
       or (b.kind = 'theme' and b.value = any(${m}.themes))
       or (b.kind = 'public' and b.value = any(${m}.publics)))`;
}

/**
 * Bits 0–30 and 31–61 of `facet_bits` as two int4 arrays over the rows of `from`, for `countFacets`
 * (node-postgres reads an int8 as a string; two int4 halves stay plain numbers).
 */
export function facetBitHalvesSql(from: SQL): SQL {
  return sql`(select array_agg((facet_bits & 2147483647)::int) from ${from}) as bits_low,
    (select array_agg((facet_bits >> 31)::int) from ${from}) as bits_high`;
}

export type FacetCount = { value: string; count: number };

/**
 * How many rows hold each value, from their bit sets in two halves (`facetBitHalvesSql`): the
 * themes, publics and legal forms facets of a search. Values no row holds are left out.
 */
export function countFacets(
  low: readonly number[],
  high: readonly number[],
): Record<"theme" | "public" | "legalForm", FacetCount[]> {
  const counts = new Array<number>(62).fill(0);
  const add = (half: readonly number[], offset: number) => {
    for (let bits of half) {
      while (bits !== 0) {
        const lowest = bits & -bits;
        counts[offset + 31 - Math.clz32(lowest)]! += 1;
        bits ^= lowest;
      }
    }
  };
  add(low, 0);
  add(high, 31);
  const of = (kind: FacetKind) =>
    facetBitLayout
      .filter((entry) => entry.kind === kind && counts[entry.bit]! > 0)
      .map((entry) => ({ value: entry.value, count: counts[entry.bit]! }));
  return { theme: of("theme"), public: of("public"), legalForm: of("legalForm") };
}
