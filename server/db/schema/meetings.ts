import { customType, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  decisionKinds,
  decisionPaths,
  documentAudiences,
  meetingKinds,
} from "../../../shared/codes/meetings";
import { user } from "./accounts";
import { model } from "./catalogue";
import { initiative } from "./initiatives";
import { fabrique } from "./network";
import { contact, organisation } from "./organisations";
import { signal } from "./signals";

export * from "../../../shared/codes/meetings";

export const meeting = pgTable(
  "meeting",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid().references(() => initiative.id, { onDelete: "cascade" }),
    kind: text({ enum: meetingKinds }).notNull(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull().default(""),
    /** Head count of a public session (residents who came), besides the named participants. */
    publicHeadcount: integer(),
    minutes: text().notNull().default(""),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("meeting_initiative_idx").on(t.initiativeId, t.startsAt),
    index("meeting_fabrique_starts_idx").on(t.fabriqueId, t.startsAt),
  ],
);

/** A named participant: an organisation, a person, or both. */
export const meetingParticipant = pgTable(
  "meeting_participant",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contact.id, { onDelete: "cascade" }),
    userId: uuid().references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("meeting_participant_meeting_idx").on(t.meetingId)],
);

export const decision = pgTable(
  "decision",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    meetingId: uuid().references(() => meeting.id, { onDelete: "set null" }),
    /** The stage the decision was taken in (a gate belongs to a stage). */
    stage: text().notNull(),
    kind: text({ enum: decisionKinds }).notNull(),
    path: text({ enum: decisionPaths }),
    modelId: uuid().references(() => model.id, { onDelete: "set null" }),
    rationale: text().notNull(),
    /** Who decided, in words ("Comité de pilotage du 12 mars : Ville de Rouen, AG2R…"). */
    decidedBy: text().notNull(),
    decidedOn: date({ mode: "string" }).notNull(),
    recordedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("decision_initiative_idx").on(t.initiativeId, t.decidedOn)],
);

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * An attached file (minutes, figures, a signed convention), stored in the database so the
 * embedded and server deployments behave alike and backups hold everything. Size is capped
 * by the upload route.
 */
export const document = pgTable(
  "document",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid().references(() => initiative.id, { onDelete: "cascade" }),
    meetingId: uuid().references(() => meeting.id, { onDelete: "cascade" }),
    signalId: uuid().references(() => signal.id, { onDelete: "cascade" }),
    filename: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    audience: text({ enum: documentAudiences }).notNull().default("team"),
    uploadedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("document_initiative_idx").on(t.initiativeId),
    index("document_meeting_idx").on(t.meetingId),
    index("document_signal_idx").on(t.signalId),
  ],
);
