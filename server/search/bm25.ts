import { type SQL, sql } from "drizzle-orm";

/**
 * BM25 (Robertson, Spärck Jones) over field-weighted term frequencies (a simplified BM25F:
 * each occurrence counts its field's weight, and the document length is the sum of those
 * weights). The same formula is written twice, here in TypeScript for the tests and the
 * explanations, and as SQL below for ranking inside PostgreSQL; a test keeps them equal.
 */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Field weights: title > tags (and themes) > summary > description and the other texts. */
export const FIELD_WEIGHTS = { A: 3, B: 2, C: 1.5, D: 1 } as const;
export type FieldWeightLabel = keyof typeof FIELD_WEIGHTS;

/** Bits of `model_search_posting.fields`: where a stem occurs. */
export const FIELD_BITS = { A: 1, B: 2, C: 4, D: 8 } as const;
export const fieldNames = { A: "title", B: "tags", C: "summary", D: "description" } as const;
export type FieldName = (typeof fieldNames)[FieldWeightLabel];

/** Inverse document frequency, the "plus one" variant that never goes negative. */
export function idf(documentCount: number, termDocumentCount: number): number {
  return Math.log(1 + (documentCount - termDocumentCount + 0.5) / (termDocumentCount + 0.5));
}

/** The saturated, length-normalised frequency part of BM25 for one term in one document. */
export function termFrequencyPart(frequency: number, length: number, averageLength: number): number {
  if (frequency <= 0) return 0;
  const norm = 1 - BM25_B + BM25_B * (averageLength > 0 ? length / averageLength : 1);
  return (frequency * (BM25_K1 + 1)) / (frequency + BM25_K1 * norm);
}

/** One term's contribution: query weight × idf × frequency part. */
export function termScore(input: {
  weight: number;
  idf: number;
  frequency: number;
  length: number;
  averageLength: number;
}): number {
  return input.weight * input.idf * termFrequencyPart(input.frequency, input.length, input.averageLength);
}

/** Field-weighted frequency and field bits of a stem, from the weight labels of its positions. */
export function weightedFrequency(labels: readonly string[]): { frequency: number; fields: number } {
  let frequency = 0;
  let fields = 0;
  for (const label of labels) {
    const key = (label in FIELD_WEIGHTS ? label : "D") as FieldWeightLabel;
    frequency += FIELD_WEIGHTS[key];
    fields |= FIELD_BITS[key];
  }
  return { frequency, fields };
}

/** Field names from the bit set, in weight order. */
export function fieldsOf(bits: number): FieldName[] {
  return (Object.keys(FIELD_BITS) as FieldWeightLabel[])
    .filter((label) => (bits & FIELD_BITS[label]) !== 0)
    .map((label) => fieldNames[label]);
}

/**
 * The SQL twin of `termFrequencyPart` × weight × idf, on a posting row `p` (frequency, length)
 * and a query-term row `q` (weight × idf as `w`), with the corpus average length bound.
 */
export function termScoreSql(averageLength: number): SQL {
  const avg = averageLength > 0 ? averageLength : 1;
  const k1 = sql.raw(String(BM25_K1));
  const b = sql.raw(String(BM25_B));
  return sql`(q.w * (p.frequency * (${k1} + 1))
              / (p.frequency + ${k1} * (1 - ${b} + ${b} * p.length / ${avg}::float8)))`;
}

/** SQL giving a tsvector position label's weight, and its field bit (for `unnest(tsvector)`). */
export const weightOfLabelSql = (label: SQL) =>
  sql`(case ${label} when 'A' then ${sql.raw(String(FIELD_WEIGHTS.A))} when 'B' then ${sql.raw(String(FIELD_WEIGHTS.B))}
       when 'C' then ${sql.raw(String(FIELD_WEIGHTS.C))} else ${sql.raw(String(FIELD_WEIGHTS.D))} end)::real`;
export const bitOfLabelSql = (label: SQL) =>
  sql`(case ${label} when 'A' then ${sql.raw(String(FIELD_BITS.A))} when 'B' then ${sql.raw(String(FIELD_BITS.B))}
       when 'C' then ${sql.raw(String(FIELD_BITS.C))} else ${sql.raw(String(FIELD_BITS.D))} end)`;
