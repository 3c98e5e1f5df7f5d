import { sql } from "drizzle-orm";
import {
  boolean,
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
  applicationOutcomes,
  applicationStatuses,
  callAgrements,
  callLegalForms,
  callOfferItems,
  callQuestionKinds,
  callStatuses,
  jurorKinds,
} from "../../../shared/codes/calls";
import { user } from "./accounts";
import { carrierCandidate, initiative } from "./initiatives";
import { bytea, decision } from "./meetings";
import { fabrique } from "./network";
import { organisation } from "./organisations";

export * from "../../../shared/codes/calls";

/**
 * A call for carriers (appel à candidatures) on an initiative at the carrier-search stage: what
 * the Fabrique offers, what it expects, who may apply, until when, the form and the jury's grid.
 */
export const call = pgTable(
  "call",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** The public text presenting the project. */
    summary: text().notNull().default(""),
    offerItems: text({ enum: callOfferItems }).array().notNull().default(sql`'{}'::text[]`),
    /** What is offered, in the Fabrique's words (the study's sections, the premises, the partners). */
    offer: text().notNull().default(""),
    /** What is expected of a carrier. */
    expectations: text().notNull().default(""),
    /** Empty: every legal form may apply. */
    legalForms: text({ enum: callLegalForms }).array().notNull().default(sql`'{}'::text[]`),
    /** Every agrément listed here is required. */
    agrements: text({ enum: callAgrements }).array().notNull().default(sql`'{}'::text[]`),
    /** Département codes an applicant's seat must be in; empty: anywhere. */
    departments: text().array().notNull().default(sql`'{}'::text[]`),
    /** The instant applications close (typed in Paris time). */
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    status: text({ enum: callStatuses }).notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    /** The call this one was copied from (a template for the Fabrique's next call). */
    copiedFromCallId: uuid(),
    decisionId: uuid().references(() => decision.id, { onDelete: "set null" }),
    /** The team's notes of the deliberation (with the proposed ranking on the applications). */
    deliberationNotes: text().notNull().default(""),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("call_fabrique_status_idx").on(t.fabriqueId, t.status),
    index("call_initiative_idx").on(t.initiativeId),
  ],
);

/** A question of the application form. */
export const callQuestion = pgTable(
  "call_question",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => call.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    label: text().notNull(),
    help: text().notNull().default(""),
    kind: text({ enum: callQuestionKinds }).notNull(),
    /** The options of a `choice` question. */
    choices: text().array().notNull().default(sql`'{}'::text[]`),
    required: boolean().notNull().default(false),
  },
  (t) => [index("call_question_call_idx").on(t.callId, t.position)],
);

/** A criterion of the jury's grid: scored from 0 to `scaleMax`, weighted. */
export const callCriterion = pgTable(
  "call_criterion",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => call.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    label: text().notNull(),
    weight: smallint().notNull(),
    scaleMax: smallint().notNull(),
  },
  (t) => [index("call_criterion_call_idx").on(t.callId, t.position)],
);

/** A jury member: a team member or an invited partner, holding an account. */
export const callJuror = pgTable(
  "call_juror",
  {
    callId: uuid()
      .notNull()
      .references(() => call.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text({ enum: jurorKinds }).notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.userId] }), index("call_juror_user_idx").on(t.userId)],
);

/**
 * A structure's application. The applicant has no account: a private link whose SHA-256 is
 * `tokenHash` lets them complete or withdraw it until the deadline.
 */
export const callApplication = pgTable(
  "call_application",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => call.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    status: text({ enum: applicationStatuses }).notNull().default("draft"),
    siren: text().notNull(),
    name: text().notNull(),
    legalForm: text({ enum: callLegalForms }).notNull(),
    agrements: text({ enum: callAgrements }).array().notNull().default(sql`'{}'::text[]`),
    postcode: text().notNull(),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    /** Consent to the processing of the application by the Fabrique and its jury. */
    consentAt: timestamp({ withTimezone: true }).notNull(),
    /** Consent to be kept in the Fabrique's directory for other calls if declined. */
    keepForOtherCalls: boolean().notNull().default(false),
    /** The team's proposed ranking (1 first), before the decision. */
    proposedRank: integer(),
    outcome: text({ enum: applicationOutcomes }),
    /** The carrier this application became, once retained. */
    carrierCandidateId: uuid().references(() => carrierCandidate.id, { onDelete: "set null" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("call_application_token_idx").on(t.tokenHash),
    index("call_application_call_idx").on(t.callId, t.status),
  ],
);

/** An answer to a text, number or choice question (a file question's answer is an attachment). */
export const callAnswer = pgTable(
  "call_answer",
  {
    applicationId: uuid()
      .notNull()
      .references(() => callApplication.id, { onDelete: "cascade" }),
    questionId: uuid()
      .notNull()
      .references(() => callQuestion.id, { onDelete: "cascade" }),
    value: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.questionId] })],
);

/** A file an applicant attached to a file question, stored like documents (decision record 0120). */
export const callAttachment = pgTable(
  "call_attachment",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => callApplication.id, { onDelete: "cascade" }),
    questionId: uuid()
      .notNull()
      .references(() => callQuestion.id, { onDelete: "cascade" }),
    /** Never the applicant's name: built from the question and the type. */
    filename: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("call_attachment_question_idx").on(t.applicationId, t.questionId)],
);

/** A jury member's declared conflict of interest on one application: they neither see nor score it. */
export const callConflict = pgTable(
  "call_conflict",
  {
    applicationId: uuid()
      .notNull()
      .references(() => callApplication.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    note: text().notNull().default(""),
    declaredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] })],
);

/** One jury member's review of one application: submitted once every criterion is scored. */
export const callReview = pgTable(
  "call_review",
  {
    applicationId: uuid()
      .notNull()
      .references(() => callApplication.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    comment: text().notNull().default(""),
    submittedAt: timestamp({ withTimezone: true }),
    /**
     * The scores as submitted, in the grid's order (`call_score` keeps them with their comments):
     * the jury table reads one short row per review instead of joining every score.
     */
    submittedScores: smallint().array(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), index("call_review_user_idx").on(t.userId)],
);

/** A score on one criterion, with its comment. */
export const callScore = pgTable(
  "call_score",
  {
    applicationId: uuid()
      .notNull()
      .references(() => callApplication.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    criterionId: uuid()
      .notNull()
      .references(() => callCriterion.id, { onDelete: "cascade" }),
    score: smallint().notNull(),
    comment: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId, t.criterionId] })],
);
