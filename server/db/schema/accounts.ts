import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { invitationRoles, membershipRoles } from "../../../shared/codes/accounts";
import { fabrique } from "./network";

export * from "../../../shared/codes/accounts";

export const user = pgTable(
  "user",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    /** scrypt hash in PHC-like form; null until an invitation is accepted. */
    passwordHash: text(),
    /** Network head office (animateur·rice réseau): manages Fabriques and the shared catalogue. */
    isNetworkAnimator: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("user_email_key").on(sql`lower(${t.email})`)],
);

/**
 * A user's role in one Fabrique. A partner or carrier may be scoped to one initiative
 * (`initiativeId`); the initiative table arrives with the pipeline, so no foreign key yet.
 */
export const membership = pgTable(
  "membership",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    role: text({ enum: membershipRoles }).notNull(),
    initiativeId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("membership_user_idx").on(t.userId),
    index("membership_fabrique_idx").on(t.fabriqueId),
    uniqueIndex("membership_scope_key").on(
      t.userId,
      t.fabriqueId,
      sql`coalesce(${t.initiativeId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);

/** Browser sessions: the cookie carries a random token, the table its SHA-256. */
export const session = pgTable(
  "session",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

/** Personal API tokens (`Authorization: Bearer …`), listed and revoked by their owner. */
export const apiToken = pgTable(
  "api_token",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    /** First characters of the token, shown in the list so the owner can tell tokens apart. */
    prefix: text().notNull(),
    name: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("api_token_user_idx").on(t.userId)],
);

export const invitation = pgTable(
  "invitation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    email: text().notNull(),
    role: text({ enum: invitationRoles }).notNull(),
    /** Null only for a network animator invitation. */
    fabriqueId: uuid().references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid(),
    invitedById: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("invitation_fabrique_idx").on(t.fabriqueId)],
);

export const passwordReset = pgTable("password_reset", {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique(),
  userId: uuid()
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});
