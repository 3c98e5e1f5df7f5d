import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The existing offer (offre existante) of the territories, imported in the national
 * data·inclusion schema v1. Rows are keyed by the producer (`source`) and the producer's `id`,
 * so importing the same file again updates instead of duplicating. The whole record is kept as
 * received in `data`; the columns below are what lists and filters read.
 */
export const offerStructure = pgTable(
  "offer_structure",
  {
    source: text().notNull(),
    id: text().notNull(),
    name: text().notNull(),
    siret: text(),
    description: text(),
    address: text(),
    postcode: text(),
    /** INSEE code of the commune of the address, as received. */
    codeInsee: text(),
    commune: text(),
    website: text(),
    updatedOn: date({ mode: "string" }).notNull(),
    data: jsonb().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.id] })],
);

export const offerService = pgTable(
  "offer_service",
  {
    source: text().notNull(),
    id: text().notNull(),
    structureId: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    thematiques: text().array().notNull().default(sql`'{}'::text[]`),
    publics: text().array().notNull().default(sql`'{}'::text[]`),
    type: text(),
    fees: text(),
    address: text(),
    postcode: text(),
    codeInsee: text(),
    commune: text(),
    /** `zone_eligibilite` as received (COG codes, `france`). */
    eligibilityZone: text().array(),
    /**
     * Resolved when imported: the zone's territories as `kind:code` (`france` for the whole
     * country), the same with every parent, and the address's commune with its parents.
     */
    zoneKeys: text().array().notNull().default(sql`'{}'::text[]`),
    zoneUpKeys: text().array().notNull().default(sql`'{}'::text[]`),
    addressUpKeys: text().array().notNull().default(sql`'{}'::text[]`),
    updatedOn: date({ mode: "string" }).notNull(),
    data: jsonb().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.id] }),
    index("offer_service_structure_idx").on(t.source, t.structureId),
    index("offer_service_zone_idx").using("gin", t.zoneKeys).with({ fastupdate: false }),
    index("offer_service_zone_up_idx").using("gin", t.zoneUpKeys).with({ fastupdate: false }),
    index("offer_service_address_up_idx").using("gin", t.addressUpKeys).with({ fastupdate: false }),
  ],
);
