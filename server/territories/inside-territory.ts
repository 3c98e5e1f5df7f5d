import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { memberCondition, memberKindsOf } from "./territory-members";
import { parseTerritoryValue } from "./territory-schemas";

/**
 * A row's territory (its kind and code columns) is the one asked for (`epci:200023414`), or lies
 * inside it (the communes of an EPCI, everything in a département…). Null when the value is not a
 * territory reference.
 *
 * One `(kind, code) in (…)` over the territories concerned, never an OR beside a correlated
 * subquery: the planner can then start from the few hundred territories of a département and
 * probe the rows' territory index for each, instead of reading every row of the other filters.
 */
export function insideTerritory(value: string, columns: { kind: AnyColumn; code: AnyColumn }): SQL | null {
  const ref = parseTerritoryValue(value);
  if (!ref) return null;
  const members = memberKindsOf[ref.kind]
    .map((kind) => memberCondition(ref, kind))
    .filter((condition): condition is SQL => condition !== null);
  const itself = sql`(m.kind = ${ref.kind} and m.code = ${ref.code})`;
  return sql`((${columns.kind}, ${columns.code}) in (select m.kind, m.code from territory m
    where ${sql.join([itself, ...members.map((member) => sql`(${member})`)], sql` or `)}))`;
}
