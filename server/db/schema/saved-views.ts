import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";

/** A user's saved list view (the query string of a filtered list), per list. */
export const savedView = pgTable(
  "saved_view",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    list: text({ enum: ["signals", "initiatives"] }).notNull(),
    name: text().notNull(),
    query: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("saved_view_user_idx").on(t.userId, t.list)],
);
