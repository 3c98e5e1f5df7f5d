import { sql } from "drizzle-orm";
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { modelStatuses, replicationTypes } from "../../../shared/codes/catalogue";
import { fabrique } from "./network";
import { territoryKinds } from "./territories";

export * from "../../../shared/codes/catalogue";

/**
 * The theme taxonomy (domain.md §4), kept as reference data: each theme says which
 * data·inclusion thématiques it covers, so the catalogue and the existing offer speak together.
 */
export const theme = pgTable("theme", {
  code: text().primaryKey(),
  label: text().notNull(),
  description: text().notNull().default(""),
  position: integer().notNull(),
  /** data·inclusion v1 thématiques this theme covers (e.g. `mobilite--preparer-un-permis`). */
  inclusionThematiques: text().array().notNull().default(sql`'{}'::text[]`),
});

/** A replicable activity (modèle essaimable) in the shared catalogue. */
export const model = pgTable(
  "model",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Identifier in an imported file; imports are idempotent on it. */
    externalId: text().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    /** Theme codes (`theme.code`). */
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    /** data·inclusion public codes (seniors, jeunes, femmes…). */
    publics: text().array().notNull().default(sql`'{}'::text[]`),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** Revenue mix in words ("ventes 60 %, subventions 30 %, bénévolat"). */
    revenueMix: text().notNull().default(""),
    typicalBudgetCents: bigint({ mode: "number" }),
    jobsFte: doublePrecision(),
    /** Of which insertion jobs (IAE) and jobs for disabled workers (EA, ESAT), in FTE. */
    insertionJobsFte: doublePrecision(),
    disabilityJobsFte: doublePrecision(),
    investmentCents: bigint({ mode: "number" }),
    premises: text().notNull().default(""),
    legalForms: text().array().notNull().default(sql`'{}'::text[]`),
    /** Prerequisites and conditions to replicate. */
    prerequisites: text().notNull().default(""),
    replicationType: text({ enum: replicationTypes }),
    originOrganisation: text().notNull().default(""),
    originTerritoryKind: text({ enum: territoryKinds }),
    originTerritoryCode: text(),
    /** Where the model exists today, in words ("Lyon, puis Lille, Strasbourg, Annecy…"). */
    presence: text().notNull().default(""),
    contact: text().notNull().default(""),
    sourceUrls: text().array().notNull().default(sql`'{}'::text[]`),
    status: text({ enum: modelStatuses }).notNull().default("draft"),
    /** The Fabrique that proposed it; null for a model curated by the network. */
    ownerFabriqueId: uuid().references(() => fabrique.id, { onDelete: "set null" }),
    createdByUserId: uuid(),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The concurrency token: every write moves it on, an edit names the one it read (decision record 0054). */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("model_status_idx").on(t.status), index("model_owner_idx").on(t.ownerFabriqueId)],
);

/** Journal of a model's workflow: every status change with who, when and why. */
export const modelStatusEvent = pgTable(
  "model_status_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    modelId: uuid()
      .notNull()
      .references(() => model.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: modelStatuses }),
    toStatus: text({ enum: modelStatuses }).notNull(),
    reason: text().notNull().default(""),
    byUserId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("model_status_event_model_idx").on(t.modelId)],
);

/**
 * The thesaurus of the field, as data the network animator extends: each row is a group of
 * equivalent expressions ("personnes âgées", "seniors", "aînés", "bien vieillir"). `lexemes`
 * holds each expression's French stems in order, computed when the row is written, so a query
 * is matched without stemming the whole thesaurus again.
 */
export const searchSynonym = pgTable("search_synonym", {
  id: uuid().primaryKey().defaultRandom(),
  terms: text().array().notNull(),
  /** `string[][]`: the stems of each term, in the order of `terms`. */
  lexemes: jsonb().$type<string[][]>().notNull(),
  /** The theme a query using these words is about (boosts models of that theme). */
  themeCode: text().references(() => theme.code, { onDelete: "set null" }),
  note: text().notNull().default(""),
  updatedByUserId: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/*
 * The BM25 index (docs/decisions/0013-catalogue-search.md). A model's French tsvector is split
 * into postings (one row per stem and model, with its field-weighted frequency); the stems'
 * document frequencies and the documents' lengths are kept beside them, so a query reads only
 * the postings of its own stems.
 */

/**
 * One indexed model, with the attributes filters and facets read (copied from `model`): browsing
 * reads them here; a search reads the copies its postings carry (`facetBits`, `regionCode`).
 */
export const modelSearchDocument = pgTable(
  "model_search_document",
  {
    docId: integer().primaryKey().generatedAlwaysAsIdentity(),
    modelId: uuid()
      .notNull()
      .unique()
      .references(() => model.id, { onDelete: "cascade" }),
    /** Field-weighted length (sum of the postings' frequencies). */
    length: real().notNull(),
    status: text({ enum: modelStatuses }).notNull(),
    ownerFabriqueId: uuid(),
    themes: text().array().notNull(),
    publics: text().array().notNull(),
    legalForms: text().array().notNull(),
    /** The origin territory and its parents as `kind:code` (e.g. `departement:25`). */
    territoryKeys: text().array().notNull(),
    regionCode: text(),
    /** Status, legal forms, themes and publics as bits (`catalogue/model-facet-bits.ts`). */
    facetBits: bigint({ mode: "bigint" }).notNull().default(sql`0`),
  },
  (t) => [
    index("model_search_document_status_idx").on(t.status),
    index("model_search_document_territory_idx").using("gin", t.territoryKeys).with({ fastupdate: false }),
  ],
);

/**
 * The stems of each indexed document, so its postings are found and removed through the posting
 * key (no second index on the large posting table). Apart from the document row, which browsing
 * reads for every model it keeps, so that row stays narrow.
 */
export const modelSearchDocumentTerms = pgTable("model_search_document_terms", {
  docId: integer()
    .primaryKey()
    .references(() => modelSearchDocument.docId, { onDelete: "cascade" }),
  termIds: integer().array().notNull(),
});

/**
 * Each stem seen in the catalogue, with the number of models it appears in: all of them (what a
 * search reads, for its budgets) and the published ones (what anyone may read, for the typo
 * dictionary and the scores of a visitor's search: docs/decisions/0040-search-reads-only-what-the-caller-may-read.md).
 */
export const modelSearchTerm = pgTable(
  "model_search_term",
  {
    termId: integer().primaryKey().generatedAlwaysAsIdentity(),
    lexeme: text().notNull().unique(),
    documentCount: integer().notNull(),
    publishedCount: integer().notNull().default(0),
  },
  (t) => [
    // Typo tolerance: an unknown query stem finds its neighbours by trigram similarity. No
    // pending list (fastupdate off): indexing adds stems in bursts and searches follow at once.
    index("model_search_term_trgm_idx").using("gin", t.lexeme.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);

/**
 * One stem in one model. `frequency` weights each occurrence by its field (title > tags >
 * summary > description); `length` repeats the document's length so scoring needs no join;
 * `fields` is a bit set of where the stem occurs (1 title, 2 tags, 4 summary, 8 description).
 */
export const modelSearchPosting = pgTable(
  "model_search_posting",
  {
    termId: integer().notNull(),
    docId: integer().notNull(),
    frequency: real().notNull(),
    length: real().notNull(),
    fields: smallint().notNull(),
    /**
     * The document's région and facet bits, repeated like `length`: a search filters and counts
     * its facets from the postings it reads, never one document row per candidate
     * (docs/decisions/0024-facet-bits-on-postings.md).
     */
    regionCode: text(),
    facetBits: bigint({ mode: "bigint" }).notNull().default(sql`0`),
  },
  (t) => [
    primaryKey({ columns: [t.termId, t.docId] }),
    // A stem's strongest postings (title, tags or summary), most frequent first: a model named
    // after a common word is still found through it ("champion list"). Covering (doc, length,
    // région, facet bits), so the first few are read from the index alone, in order.
    index("model_search_posting_strong_idx")
      .on(t.termId, t.frequency.desc(), t.docId, t.length, t.regionCode, t.facetBits)
      .where(sql`${t.fields} & 7 <> 0`),
  ],
);

/**
 * How many drafts and archived models of each owner hold each stem (a published model counts in
 * `model_search_term.published_count`): a search's dictionary and statistics add only the rows
 * of the models its caller may read. `ownerFabriqueId` is null for a model curated by the network.
 */
export const modelSearchTermPrivate = pgTable(
  "model_search_term_private",
  {
    termId: integer().notNull(),
    status: text({ enum: modelStatuses }).notNull(),
    ownerFabriqueId: uuid(),
    documentCount: integer().notNull(),
  },
  (t) => [
    unique("model_search_term_private_key").on(t.termId, t.status, t.ownerFabriqueId).nullsNotDistinct(),
  ],
);

/**
 * Corpus totals for BM25, per group of readers: the published models (`ownerFabriqueId` null),
 * and the drafts and archived models of each owner. A search sums the groups its caller may read.
 */
export const modelSearchCorpus = pgTable(
  "model_search_corpus",
  {
    status: text({ enum: modelStatuses }).notNull(),
    ownerFabriqueId: uuid(),
    documentCount: integer().notNull(),
    totalLength: doublePrecision().notNull(),
  },
  (t) => [unique("model_search_corpus_key").on(t.status, t.ownerFabriqueId).nullsNotDistinct()],
);
