import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { scenarioKinds } from "../../../shared/codes/forecasts";
import { user } from "./accounts";
import { initiative } from "./initiatives";

export * from "../../../shared/codes/forecasts";

/**
 * A forecast scenario (prévisionnel) of an initiative. Its inputs (revenue lines, staff plan, costs,
 * investments, financing, cross-subsidies) are one JSON document validated by the forecast schema:
 * a scenario is edited, copied and versioned as a whole. Statements are computed, never stored.
 */
export const forecast = pgTable(
  "forecast",
  {
    id: uuid().primaryKey().defaultRandom(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    name: text().notNull(),
    scenarioKind: text({ enum: scenarioKinds }).notNull().default("central"),
    inputs: jsonb().notNull(),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index("forecast_initiative_idx").on(t.initiativeId)],
);

/**
 * Reference table of aid per post (aide au poste IAE by structure kind, aide entreprise adaptée…):
 * data with its source and year, updated by the network animator, never a constant in code.
 */
export const aidRate = pgTable("aid_rate", {
  code: text().primaryKey(),
  label: text().notNull(),
  /** Contract kinds it applies to (forecast staff contract codes). */
  contractKinds: text().array().notNull(),
  /** Yearly amount per full-time post, in cents. */
  annualAmountCents: bigint({ mode: "number" }).notNull(),
  year: integer().notNull(),
  source: text().notNull(),
  sourceUrl: text().notNull().default(""),
  note: text().notNull().default(""),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
});
