import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { webhookDeliveryStatuses, webhookEvents } from "../../../shared/codes/webhooks";
import { user } from "./accounts";
import { fabrique } from "./network";

export * from "../../../shared/codes/webhooks";

/**
 * A URL of a Fabrique's own tools that is told of its events (issue 17, decision record 0116),
 * signed with `secret` (shown once, at registration). Disabled endpoints are kept, told nothing.
 */
export const webhookEndpoint = pgTable(
  "webhook_endpoint",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    url: text().notNull(),
    events: text({ enum: webhookEvents }).array().notNull(),
    secret: text().notNull(),
    active: boolean().notNull().default(true),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoint_fabrique_idx").on(t.fabriqueId)],
);

/**
 * One event sent to one endpoint: written with the event (its job in the same transaction), then
 * updated by the delivery job after each attempt. Its id is the event id the receiver sees.
 */
export const webhookDelivery = pgTable(
  "webhook_delivery",
  {
    id: uuid().primaryKey().defaultRandom(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoint.id, { onDelete: "cascade" }),
    event: text({ enum: webhookEvents }).notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text({ enum: webhookDeliveryStatuses }).notNull().default("pending"),
    httpStatus: integer(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("webhook_delivery_endpoint_created_idx").on(t.endpointId, t.createdAt)],
);
