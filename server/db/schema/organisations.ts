import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisationKinds, siaeKinds } from "../../../shared/codes/organisations";
import { user } from "./accounts";
import { fabrique } from "./network";
import { territoryKinds } from "./territories";

export * from "../../../shared/codes/organisations";

/** An organisation (acteur) in a Fabrique's directory. */
export const organisation = pgTable(
  "organisation",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: text({ enum: organisationKinds }).notNull(),
    /** 9 digits, Luhn-checked. */
    siren: text(),
    /** 14 digits, Luhn-checked, starting with the SIREN. */
    siret: text(),
    /** Free label of the legal form (association loi 1901, SCIC SAS, SAS, EPCI…). */
    legalForm: text().notNull().default(""),
    /** Agrément ESUS (entreprise solidaire d'utilité sociale): valid until this day when held. */
    esusUntil: date({ mode: "string" }),
    siaeKind: text({ enum: siaeKinds }),
    /** Entreprise adaptée (recognised by the State, employs mostly disabled workers). */
    adaptedEnterprise: boolean().notNull().default(false),
    territoryKind: text({ enum: territoryKinds }),
    territoryCode: text(),
    website: text().notNull().default(""),
    email: text().notNull().default(""),
    phone: text().notNull().default(""),
    notes: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: bigint({ mode: "number" }).notNull().default(1),
  },
  (t) => [
    index("organisation_fabrique_name_idx").on(t.fabriqueId, t.name),
    index("organisation_siren_idx").on(t.siren),
  ],
);

/** A person (contact), usually working for an organisation; may hold an account (`userId`). */
export const contact = pgTable(
  "contact",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    name: text().notNull(),
    jobTitle: text().notNull().default(""),
    email: text().notNull().default(""),
    phone: text().notNull().default(""),
    notes: text().notNull().default(""),
    /** The account of this person, when they were invited (partner, carrier). */
    userId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contact_fabrique_name_idx").on(t.fabriqueId, t.name),
    index("contact_organisation_idx").on(t.organisationId),
    index("contact_user_idx").on(t.userId),
  ],
);

/** A funder's programme or convention (contrat de ville, a foundation's theme, a European fund…). */
export const programme = pgTable(
  "programme",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    name: text().notNull(),
    funderOrganisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    amountCents: bigint({ mode: "number" }),
    startsOn: date({ mode: "string" }),
    endsOn: date({ mode: "string" }),
    description: text().notNull().default(""),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("programme_fabrique_idx").on(t.fabriqueId)],
);
