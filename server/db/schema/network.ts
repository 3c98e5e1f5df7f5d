import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { fabriqueStatuses } from "../../../shared/codes/network";

export * from "../../../shared/codes/network";

/** The one network of this installation (e.g. the Fabrique à initiatives network run by Avise). */
export const network = pgTable("network", {
  id: integer().primaryKey().default(1),
  name: text().notNull(),
  description: text().notNull().default(""),
});

export const fabrique = pgTable(
  "fabrique",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    /**
     * The letters that start its references (`ADR` in `ADR-2026-0001`), unique across the network.
     * Given at its first reference (or creation) from its slug; null until then.
     */
    referencePrefix: text().unique(),
    name: text().notNull(),
    /** The structure that carries the Fabrique (structure porteuse). */
    carryingStructure: text().notNull().default(""),
    description: text().notNull().default(""),
    /** INSEE code of the région it mainly covers. */
    regionCode: text(),
    contactEmail: text(),
    status: text({ enum: fabriqueStatuses }).notNull().default("candidate"),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("fabrique_status_idx").on(t.status)],
);

/** Journal of a Fabrique's lifecycle: every status change with who, when and why. */
export const fabriqueStatusEvent = pgTable(
  "fabrique_status_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: fabriqueStatuses }),
    toStatus: text({ enum: fabriqueStatuses }).notNull(),
    reason: text().notNull().default(""),
    byUserId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("fabrique_status_event_fabrique_idx").on(t.fabriqueId)],
);
