import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  coverageConclusions,
  signalChannels,
  signalKinds,
  signalStatuses,
  spamMarks,
  spamReasons,
  submitterTypes,
} from "../../../shared/codes/signals";
import { user } from "./accounts";
import { campaign } from "./campaigns";
import { fabrique } from "./network";
import { territoryKinds } from "./territories";

export * from "../../../shared/codes/signals";

/** A signal (remontée): what enters a Fabrique, owned by that Fabrique. */
export const signal = pgTable(
  "signal",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    /** Human reference, unique per Fabrique (e.g. `ADR-2026-0001`), given on the receipt. */
    reference: text().notNull(),
    kind: text({ enum: signalKinds }).notNull(),
    title: text().notNull(),
    /**
     * The title folded as the similar-signals search compares it (`essaim_fold`: lower case, no
     * accents), kept by the database on every write: the neighbourhood of a typed signal is read
     * from `signal_territory_title_idx` alone, without folding each title (decision record 0066).
     */
    titleFolded: text().generatedAlwaysAs(sql`essaim_fold(title)`),
    description: text().notNull(),
    territoryKind: text({ enum: territoryKinds }).notNull(),
    territoryCode: text().notNull(),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    /** data·inclusion public codes. */
    publics: text().array().notNull().default(sql`'{}'::text[]`),
    channel: text({ enum: signalChannels }).notNull(),
    /** Free text until the organisation directory exists (initiatives issue). */
    sourceOrganisation: text().notNull().default(""),
    sourcePerson: text().notNull().default(""),
    /** Notes and figures that back the signal. */
    evidence: text().notNull().default(""),
    submitterName: text().notNull().default(""),
    submitterEmail: text().notNull().default(""),
    submitterType: text({ enum: submitterTypes }),
    /** When the submitter agreed to the processing of their data (public form). */
    consentAt: timestamp({ withTimezone: true }),
    status: text({ enum: signalStatuses }).notNull().default("new"),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A parked signal comes back in the reminder list on this day. */
    wakeUpOn: date({ mode: "string" }),
    coverage: text({ enum: coverageConclusions }),
    coverageNote: text().notNull().default(""),
    mergedIntoId: uuid(),
    /** Appel à révélation the signal answered. */
    campaignId: uuid().references(() => campaign.id, { onDelete: "set null" }),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    /** The team member the signal is entrusted to (issue 17): told when it is given to them. */
    assigneeUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    /** Saisie assistée: a team member (`createdByUserId`) entered a resident's submission for them. */
    assisted: boolean().notNull().default(false),
    spam: text({ enum: spamMarks }),
    spamReasons: text({ enum: spamReasons }).array().notNull().default(sql`'{}'::text[]`),
    spamReviewedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    spamReviewedAt: timestamp({ withTimezone: true }),
    /**
     * SHA-256 of the token a public submitter holds (receipt now, follow-up link later): the
     * receipt page answers only to it, never to a reference (decision record 0038).
     */
    receiptTokenHash: text(),
    /** The follow-up link stops answering then: the retention of the submitter's data. */
    followUpExpiresAt: timestamp({ withTimezone: true }),
    /** The submitter asked to be told by mail of each status change (on their follow-up page). */
    submitterFollows: boolean().notNull().default(false),
    /** What the team tells the submitter on the follow-up page (why it was not kept, what next). */
    publicAnswer: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("signal_reference_idx").on(t.fabriqueId, t.reference),
    index("signal_fabrique_created_idx").on(t.fabriqueId, t.createdAt),
    index("signal_fabrique_status_idx").on(t.fabriqueId, t.status),
    /** The team's list filtered by territory: the Fabrique's signals of a few hundred territories. */
    index("signal_fabrique_territory_idx").on(t.fabriqueId, t.territoryKind, t.territoryCode, t.status),
    /**
     * The similar signals' neighbourhood (decision record 0066): every open signal of a few hundred
     * territories with its folded title, read from the index alone (an index-only scan).
     */
    index("signal_territory_title_idx").on(
      t.territoryKind,
      t.territoryCode,
      t.status,
      t.spam,
      t.id,
      t.titleFolded,
    ),
    index("signal_themes_idx").using("gin", t.themes),
    index("signal_created_by_idx").on(t.createdByUserId),
    index("signal_assignee_idx").on(t.assigneeUserId),
    uniqueIndex("signal_receipt_token_idx").on(t.receiptTokenHash),
    /** "N suspected signals to check" on the team's list. */
    index("signal_fabrique_spam_idx").on(t.fabriqueId, t.spam),
  ],
);

/** Journal of a signal: every status change with who, when and why. */
export const signalEvent = pgTable(
  "signal_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Order of writing: several events may share a timestamp (one transaction, a fixed clock). */
    seq: integer().generatedAlwaysAsIdentity(),
    signalId: uuid()
      .notNull()
      .references(() => signal.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: signalStatuses }),
    toStatus: text({ enum: signalStatuses }).notNull(),
    reason: text().notNull().default(""),
    byUserId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("signal_event_signal_idx").on(t.signalId, t.seq)],
);

/** The last reference number given per Fabrique and year (`UPDATE … RETURNING`, no gaps race). */
export const signalReferenceCounter = pgTable(
  "signal_reference_counter",
  {
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.fabriqueId, t.year] })],
);

/**
 * Accepted public submissions per client address (an HMAC of it, never the address) and per
 * destination (the Fabrique's form, or one campaign), for the per-address limits of decision
 * record 0037: kept in the database so every process sees the same count. Refused posts are not
 * written. Rows older than the window are swept on each submission.
 */
export const signalSubmissionAttempt = pgTable(
  "signal_submission_attempt",
  {
    id: uuid().primaryKey().defaultRandom(),
    clientKey: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** Null only on rows written before 0037 (gone within the hour). */
    fabriqueId: uuid().references(() => fabrique.id, { onDelete: "cascade" }),
    campaignId: uuid().references(() => campaign.id, { onDelete: "cascade" }),
  },
  (t) => [index("signal_submission_attempt_key_idx").on(t.clientKey, t.at)],
);
