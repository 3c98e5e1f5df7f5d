import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { invitationRoles, membershipRoles, secondFactorKinds } from "../../../shared/codes/accounts";
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
    /** The provider's ID token of a session opened through OpenID Connect, for its sign-out. */
    oidcIdToken: text(),
    /**
     * How the session proved a second factor (decision record 0139): `totp`, `recovery` (a
     * recovery code), `federation` (the OpenID provider said it checked one); null when none.
     */
    secondFactor: text({ enum: secondFactorKinds }),
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

/**
 * An identity at an OpenID Connect provider (ProConnect) linked to an account: the provider's
 * issuer and subject, never its e-mail, say who signs in afterwards (decision record 0130).
 */
export const userIdentity = pgTable(
  "user_identity",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    issuer: text().notNull(),
    subject: text().notNull(),
    /** The e-mail the provider gave when the link was made (for the account page and support). */
    emailAtLink: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("user_identity_subject_key").on(t.issuer, t.subject),
    uniqueIndex("user_identity_user_issuer_key").on(t.userId, t.issuer),
  ],
);

/**
 * A sign-in started at the provider and not yet back: the browser holds a random token in a
 * cookie, the row its hash with the state, nonce and PKCE verifier the callback must match.
 */
export const oidcSignIn = pgTable("oidc_sign_in", {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique(),
  state: text().notNull(),
  nonce: text().notNull(),
  codeVerifier: text().notNull(),
  redirectTo: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * A password account's TOTP second factor (RFC 6238, decision record 0131). The secret is
 * encrypted with the installation's secret; `confirmedAt` is null until a first code is checked.
 */
export const userTotp = pgTable("user_totp", {
  userId: uuid()
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  secretEncrypted: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastTimeStep: integer(),
});

/** Single-use recovery codes, stored as hashes; shown once at enrolment. */
export const totpRecoveryCode = pgTable(
  "totp_recovery_code",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("totp_recovery_code_user_idx").on(t.userId)],
);

/**
 * A password checked, its second factor not yet (decision record 0139): not a session. The
 * browser holds a random token in a cookie, the row its hash; it lasts 10 minutes and is used up
 * by the first right code. Nothing else in the app reads it.
 */
export const pendingSignIn = pgTable(
  "pending_sign_in",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    redirectTo: text().notNull(),
    /** The provider's ID token when the first step was an OpenID sign-in, for the session opened after. */
    oidcIdToken: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("pending_sign_in_user_idx").on(t.userId)],
);

/**
 * Browsers a person has signed in from (decision record 0140): the hash of a random, long-lived
 * device cookie. A sign-in from a browser not listed writes "sign-in from a new device" in the
 * audit log.
 */
export const knownDevice = pgTable(
  "known_device",
  {
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    deviceHash: text().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);
