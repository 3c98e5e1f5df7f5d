import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { mailStatuses } from "../../../shared/codes/mail";

export * from "../../../shared/codes/mail";

/**
 * Every e-mail Essaim sends goes here first. With SMTP configured a worker delivers it; without,
 * it stays `kept` and an animator reads it in the app: never silently dropped.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** The same message in HTML, when the mail has one (notification mails). */
    html: text(),
    /**
     * Extra headers the delivery sets, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` for a
     * notification mail's one-click unsubscribe (RFC 8058).
     */
    headers: jsonb().$type<Record<string, string>>(),
    /** What the mail is about, for the outbox view (invitation, password_reset…). */
    purpose: text().notNull(),
    status: text({ enum: mailStatuses }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("mail_outbox_status_idx").on(t.status, t.createdAt)],
);
