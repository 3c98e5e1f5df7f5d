import { sql } from "drizzle-orm";
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { territoryKinds, territoryProgrammes } from "../../../shared/codes/territories";

export * from "../../../shared/codes/territories";

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
    /**
     * The name folded for search (lower case, no accents, punctuation as spaces), computed by
     * `normaliseSearchText` when the row is written: see docs/decisions/0010-territory-search.md.
     */
    searchName: text().notNull().default(""),
    population: integer(),
    regionCode: text(),
    departementCode: text(),
    epciCode: text(),
    /** Communes a QPV lies in (a QPV may straddle several); empty for the other kinds. */
    communeCodes: text().array().notNull().default(sql`'{}'::text[]`),
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
    // fastupdate off: no pending list to scan linearly after the bulk COG load.
    index("territory_search_name_trgm_idx")
      .using("gin", t.searchName.op("gin_trgm_ops"))
      .with({ fastupdate: false }),
    index("territory_search_name_prefix_idx").on(t.searchName.op("text_pattern_ops")),
    index("territory_postcodes_idx").using("gin", t.postcodes).with({ fastupdate: false }),
    index("territory_commune_codes_idx").using("gin", t.communeCodes).with({ fastupdate: false }),
  ],
);

/**
 * Codes that no longer name a current territory but must stay resolvable: communes merged into
 * another (communes déléguées, associées) and municipal arrondissements (Paris, Lyon, Marseille).
 */
export const territoryAlias = pgTable(
  "territory_alias",
  {
    kind: text({ enum: territoryKinds }).notNull(),
    code: text().notNull(),
    targetCode: text().notNull(),
    name: text().notNull(),
    searchName: text().notNull().default(""),
    /** commune-deleguee, commune-associee or arrondissement-municipal (COG wording). */
    aliasType: text().notNull(),
    cogYear: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code] }),
    index("territory_alias_target_idx").on(t.kind, t.targetCode),
  ],
);

/** Imported boundaries (GeoJSON MultiPolygon in WGS84), one per territory. */
export const territoryGeometry = pgTable(
  "territory_geometry",
  {
    kind: text({ enum: territoryKinds }).notNull(),
    code: text().notNull(),
    geometry: jsonb().notNull(),
    /** File name the geometry came from, shown as the map's source. */
    source: text().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code] }),
    foreignKey({ columns: [t.kind, t.code], foreignColumns: [territory.kind, territory.code] }).onDelete(
      "cascade",
    ),
  ],
);

/** National programmes a territory belongs to (Petites villes de demain…), from imported lists. */
export const territoryProgramme = pgTable(
  "territory_programme",
  {
    kind: text({ enum: territoryKinds }).notNull(),
    code: text().notNull(),
    programme: text({ enum: territoryProgrammes }).notNull(),
    /** The programme's own identifier when it has one (id_pvd). */
    reference: text(),
    source: text().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code, t.programme] }),
    foreignKey({ columns: [t.kind, t.code], foreignColumns: [territory.kind, territory.code] }).onDelete(
      "cascade",
    ),
  ],
);

/**
 * Every distinct word of the territories' folded names: a small dictionary in which a misspelt
 * query word finds its closest correct word by trigram similarity (cheaper than comparing the
 * query with 36 000 whole names). Rebuilt from `territory` whenever names change.
 */
export const territoryWord = pgTable("territory_word", { word: text().primaryKey() }, (t) => [
  index("territory_word_trgm_idx").using("gin", t.word.op("gin_trgm_ops")).with({ fastupdate: false }),
]);
