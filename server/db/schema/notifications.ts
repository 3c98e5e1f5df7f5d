import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { notificationDeliveries, notificationKinds } from "../../../shared/codes/notifications";
import { user } from "./accounts";

export * from "../../../shared/codes/notifications";

/**
 * One thing one person is told (issue 17), written in the transaction of the event that causes
 * it, only to the people entitled to see its object. `groupKey` gathers the notifications a
 * digest shows as one line (fifty new signals of one Fabrique in an evening).
 */
export const notification = pgTable(
  "notification",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text({ enum: notificationKinds }).notNull(),
    /** The Fabrique the object belongs to (null for the network's own objects). */
    fabriqueId: uuid(),
    /** The object, as a path of the app (`/signaux/<id>`), and its title as the person may see it. */
    link: text().notNull(),
    title: text().notNull(),
    /** A short line saying what happened ("Nouvelle remontée", "Étape : étude d'opportunité"). */
    detail: text().notNull().default(""),
    groupKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** When it left by mail (at once or in a digest); null while it waits or never goes. */
    mailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("notification_user_created_idx").on(t.userId, t.createdAt),
    index("notification_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    index("notification_unmailed_idx").on(t.kind, t.userId).where(sql`${t.mailedAt} is null`),
  ],
);

/** A person's choice of delivery per kind; a kind without a row uses `defaultDelivery`. */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text({ enum: notificationKinds }).notNull(),
    delivery: text({ enum: notificationDeliveries }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
