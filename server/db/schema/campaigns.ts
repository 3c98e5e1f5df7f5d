import { date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";
import { fabrique } from "./network";

/** Appel à révélation: a public campaign asking a territory what it lacks. */
export const campaign = pgTable(
  "campaign",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    title: text().notNull(),
    question: text().notNull(),
    description: text().notNull().default(""),
    audience: text().notNull().default(""),
    opensOn: date({ mode: "string" }).notNull(),
    closesOn: date({ mode: "string" }).notNull(),
    territoryKind: text(),
    territoryCode: text(),
    /**
     * Public submissions one address may send to this campaign in an hour before they are marked
     * suspected (decision record 0037); null: the Fabrique form's default.
     */
    addressLimitPerHour: integer(),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaign_slug_idx").on(t.fabriqueId, t.slug)],
);
