import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";
import { initiative } from "./initiatives";

/**
 * The opportunity study: each save is a new version (sections as JSON keyed by the section codes
 * of domain.md §1.8), so nothing written is ever lost and a copil can read the version it saw.
 */
export const studyVersion = pgTable(
  "study_version",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    sections: jsonb().$type<Record<string, string>>().notNull(),
    /** The forecast scenario the study's economic section relies on (set once forecasts exist). */
    forecastId: uuid(),
    /** `draft` while being written; `final` once presented to the copil. */
    status: text({ enum: ["draft", "final"] })
      .notNull()
      .default("draft"),
    note: text().notNull().default(""),
    byUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("study_version_idx").on(t.initiativeId, t.version)],
);
