import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  carrierKinds,
  carrierStatuses,
  entryPoints,
  handoverItems,
  initiativeEventKinds,
  initiativeStages,
  outcomeKinds,
  partnerRoles,
  turnoverBands,
  workingStages,
} from "../../../shared/codes/initiatives";
import { user } from "./accounts";
import { model } from "./catalogue";
import { fabrique } from "./network";
import { contact, organisation, programme } from "./organisations";
import { signal } from "./signals";
import { territoryKinds } from "./territories";

export * from "../../../shared/codes/initiatives";

/** The initiative (projet): the central object, owned by one Fabrique, alive before it has a carrier. */
export const initiative = pgTable(
  "initiative",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    /** Human reference, unique per Fabrique (e.g. `ADR-P-2026-001`). */
    reference: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    description: text().notNull().default(""),
    /** Team-only notes: never shown to partners or carriers. */
    privateNotes: text().notNull().default(""),
    territoryKind: text({ enum: territoryKinds }).notNull(),
    territoryCode: text().notNull(),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    publics: text().array().notNull().default(sql`'{}'::text[]`),
    entryPoint: text({ enum: entryPoints }).notNull(),
    /** The catalogue model being replicated (entry point `replication`) or chosen by the copil. */
    modelId: uuid().references(() => model.id, { onDelete: "set null" }),
    /** The commissioning body (commanditaire). */
    commissionerOrganisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    officerUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    stage: text({ enum: initiativeStages }).notNull().default("referral"),
    stageEnteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Where a dormant initiative came from, so it can go back there. */
    stageBeforeDormant: text({ enum: workingStages }),
    wakeUpOn: date({ mode: "string" }),
    abandonReason: text().notNull().default(""),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("initiative_reference_idx").on(t.fabriqueId, t.reference),
    index("initiative_fabrique_stage_idx").on(t.fabriqueId, t.stage),
    index("initiative_territory_idx").on(t.territoryKind, t.territoryCode),
    index("initiative_themes_idx").using("gin", t.themes),
    index("initiative_model_idx").on(t.modelId),
    index("initiative_officer_idx").on(t.officerUserId),
  ],
);

/** The signals an initiative grew from (conversion keeps the link and the origin). */
export const initiativeSignal = pgTable(
  "initiative_signal",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    signalId: uuid()
      .notNull()
      .references(() => signal.id, { onDelete: "cascade" }),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.signalId] }),
    index("initiative_signal_signal_idx").on(t.signalId),
  ],
);

/** The programmes (conventions) that cover an initiative. */
export const initiativeProgramme = pgTable(
  "initiative_programme",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    programmeId: uuid()
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.programmeId] }),
    index("initiative_programme_programme_idx").on(t.programmeId),
  ],
);

/** The initiative's journal: every move and every field change, with who and when. */
export const initiativeEvent = pgTable(
  "initiative_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Order of writing: several events may share a timestamp. */
    seq: integer().generatedAlwaysAsIdentity(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    kind: text({ enum: initiativeEventKinds }).notNull(),
    fromStage: text({ enum: initiativeStages }),
    toStage: text({ enum: initiativeStages }),
    /** For `field` events: the field's code name, and the values before and after (as text). */
    field: text(),
    before: text(),
    after: text(),
    /** A readable summary or the reason given. */
    note: text().notNull().default(""),
    /** Team-only entries (private notes changes) are hidden from partners. */
    teamOnly: smallint().notNull().default(0),
    byUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("initiative_event_initiative_idx").on(t.initiativeId, t.seq),
    // Reports read the journal lines of a period (moves, abandonments, time per stage).
    index("initiative_event_at_idx").on(t.at),
    // Reports read each initiative's journal in order with its stages from the index alone: the
    // stage and last line at the period's end, the line that entered a stage (decision record 0106).
    index("initiative_event_journal_idx").on(t.initiativeId, t.at, t.seq, t.toStage),
  ],
);

export const initiativePartner = pgTable(
  "initiative_partner",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contact.id, { onDelete: "cascade" }),
    role: text({ enum: partnerRoles }).notNull(),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("initiative_partner_initiative_idx").on(t.initiativeId),
    index("initiative_partner_organisation_idx").on(t.organisationId),
    index("initiative_partner_contact_idx").on(t.contactId),
  ],
);

export const carrierCandidate = pgTable(
  "carrier_candidate",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    kind: text({ enum: carrierKinds }).notNull(),
    name: text().notNull(),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    contactId: uuid().references(() => contact.id, { onDelete: "set null" }),
    /** `chosen` is retained: the lead carrier or a co-carrier (decision record 0029). */
    status: text({ enum: carrierStatuses }).notNull().default("considered"),
    /** The lead carrier (chef de file) among the retained ones: at most one per initiative. */
    lead: boolean().notNull().default(false),
    note: text().notNull().default(""),
    /** The account given to the carrier once chosen (access to this initiative only). */
    userId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("carrier_candidate_initiative_idx").on(t.initiativeId),
    uniqueIndex("carrier_candidate_lead_idx").on(t.initiativeId).where(sql`${t.lead}`),
  ],
);

export const handover = pgTable("handover", {
  initiativeId: uuid()
    .primaryKey()
    .references(() => initiative.id, { onDelete: "cascade" }),
  carrierCandidateId: uuid()
    .notNull()
    .references(() => carrierCandidate.id, { onDelete: "restrict" }),
  transferred: text({ enum: handoverItems }).array().notNull().default(sql`'{}'::text[]`),
  conditions: text().notNull().default(""),
  handedOverOn: date({ mode: "string" }).notNull(),
  recordedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Jobs are stored in hundredths of a full-time equivalent (1,5 ETP = 150). */
export const outcome = pgTable(
  "outcome",
  {
    initiativeId: uuid()
      .primaryKey()
      .references(() => initiative.id, { onDelete: "cascade" }),
    kind: text({ enum: outcomeKinds }).notNull(),
    /** For a replication: the model replicated (this fills the model's lineage). */
    modelId: uuid().references(() => model.id, { onDelete: "set null" }),
    /** The organisation that runs the activity. */
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    activityName: text().notNull().default(""),
    openedOn: date({ mode: "string" }).notNull(),
    jobsFteHundredths: integer().notNull().default(0),
    insertionFteHundredths: integer().notNull().default(0),
    disabilityFteHundredths: integer().notNull().default(0),
    note: text().notNull().default(""),
    /** The catalogue model this launched activity became, once proposed. */
    proposedModelId: uuid().references(() => model.id, { onDelete: "set null" }),
    recordedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outcome_model_idx").on(t.modelId)],
);

export const followUp = pgTable(
  "follow_up",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    milestoneMonths: smallint().notNull(),
    measuredOn: date({ mode: "string" }).notNull(),
    /** Whether the activity still runs at the milestone; a stopped activity owes no later follow-up. */
    stillRunning: boolean().notNull().default(true),
    jobsFteHundredths: integer().notNull().default(0),
    insertionFteHundredths: integer().notNull().default(0),
    disabilityFteHundredths: integer().notNull().default(0),
    revenueCents: bigint({ mode: "number" }),
    turnoverBand: text({ enum: turnoverBands }),
    beneficiaries: integer(),
    note: text().notNull().default(""),
    recordedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("follow_up_milestone_idx").on(t.initiativeId, t.milestoneMonths)],
);

/** Next steps with an owner and a due date; they feed the daily digest. */
export const task = pgTable(
  "task",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid().references(() => initiative.id, { onDelete: "cascade" }),
    title: text().notNull(),
    ownerUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    dueOn: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("task_initiative_idx").on(t.initiativeId),
    index("task_owner_due_idx").on(t.ownerUserId, t.dueOn),
  ],
);

/** The last initiative reference number given per Fabrique and year. */
export const initiativeReferenceCounter = pgTable(
  "initiative_reference_counter",
  {
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.fabriqueId, t.year] })],
);
