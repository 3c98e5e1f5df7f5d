import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { memberCondition, memberKindsOf } from "./territory-members";
import { parseTerritoryValue } from "./territory-schemas";

/**
 * A row's territory (its kind and code columns) is the one asked for (`epci:200023414`), or lies
 * inside it (the communes of an EPCI, everything in a département…). Null when the value is not a
 * territory reference.
 */
export function insideTerritory(value: string, columns: { kind: AnyColumn; code: AnyColumn }): SQL | null {
  const ref = parseTerritoryValue(value);
  if (!ref) return null;
  const members = memberKindsOf[ref.kind]
    .map((kind) => memberCondition(ref, kind))
    .filter((condition): condition is SQL => condition !== null);
  const inside = members.length
    ? sql`exists (select 1 from territory m where m.kind = ${columns.kind}
                   and m.code = ${columns.code} and (${sql.join(members, sql` or `)}))`
    : sql`false`;
  return sql`((${columns.kind} = ${ref.kind} and ${columns.code} = ${ref.code}) or ${inside})`;
}
