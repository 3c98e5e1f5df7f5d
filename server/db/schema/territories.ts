import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const territoryKinds = ["region", "departement", "epci", "commune", "qpv"] as const;
export type TerritoryKind = (typeof territoryKinds)[number];

/**
 * Every official territory in one table, referenced everywhere as (kind, code): INSEE code for
 * régions, départements and communes, SIREN for EPCI, `code_qp` for QPV.
 */
export const territory = pgTable(
  "territory",
  {
    kind: text({ enum: territoryKinds }).notNull(),
    code: text().notNull(),
    name: text().notNull(),
    population: integer(),
    regionCode: text(),
    departementCode: text(),
    epciCode: text(),
    postcodes: text().array().notNull().default(sql`'{}'::text[]`),
    /** EPCI legal nature (CC, CA, CU, METRO, MET69) or commune type. */
    nature: text(),
    /** Year of the Code officiel géographique the row comes from. */
    cogYear: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code] }),
    index("territory_departement_idx").on(t.departementCode),
    index("territory_epci_idx").on(t.epciCode),
    index("territory_region_idx").on(t.regionCode),
  ],
);
