import { bigint, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about this installation: which reference data and demo layers were loaded, and when. */
export const systemState = pgTable("system_state", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * How many times what a cache of this name depends on has changed: database triggers bump it in
 * the writing transaction (migration `read-cache-triggers`), so every app process sees a change
 * when it commits, whoever made it (decision record 0045).
 */
export const readCacheGeneration = pgTable("read_cache_generation", {
  name: text().primaryKey(),
  generation: bigint({ mode: "number" }).notNull().default(0),
});
