import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about this installation: which reference data and demo layers were loaded, and when. */
export const systemState = pgTable("system_state", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
