import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import type { TerritoryKind } from "../db/schema";

export type TerritoryRef = { kind: TerritoryKind; code: string };

/** The `kind:code` keys of these territories that exist in the COG (current codes only). */
export async function existingTerritoryKeys(db: Db, refs: readonly TerritoryRef[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const keys = [...new Set(refs.map((r) => `${r.kind}:${r.code}`))];
  const rows = await db.execute<{ key: string }>(sql`
    select t.kind || ':' || t.code as key
    from territory t
    where t.kind || ':' || t.code = any(${sql.param(keys)}::text[])`);
  return new Set(rows.rows.map((r) => r.key));
}
