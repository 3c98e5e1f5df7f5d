import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about this installation: which reference data and demo layers were loaded, and when. */
export const systemState = pgTable("system_state", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Counters of the rate limits (docs/decisions/0041-rate-limits-by-action-in-the-database.md): one
 * row per action and subject (`sign-in:account:<sha256 of the e-mail>`…), counted in fixed windows
 * with the previous window's count for a sliding estimate. In the database, so every app process
 * shares them; swept once expired.
 */
export const rateLimit = pgTable(
  "rate_limit",
  {
    bucket: text().primaryKey(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull(),
    previousCount: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limit_expires_idx").on(t.expiresAt)],
);

/**
 * How many times what a cache of this name depends on has changed: database triggers bump it in
 * the writing transaction (migration `read-cache-triggers`), so every app process sees a change
 * when it commits, whoever made it (decision record 0045).
 */
export const readCacheGeneration = pgTable("read_cache_generation", {
  name: text().primaryKey(),
  generation: bigint({ mode: "number" }).notNull().default(0),
});
