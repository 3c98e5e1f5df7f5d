import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";
import { fabrique } from "./network";

/**
 * The audit log of administrative and personal-data acts (decision record 0137): who did what, to
 * whom, when. The subject is an id without a foreign key, so the record of an erasure outlives the
 * person erased; it never holds their name or e-mail.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** `shared/codes/audit.ts`: role.granted, person.erased… */
    action: text().notNull(),
    actorUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    subjectUserId: uuid(),
    fabriqueId: uuid().references(() => fabrique.id, { onDelete: "set null" }),
    details: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("audit_event_at_idx").on(t.at),
    index("audit_event_action_at_idx").on(t.action, t.at),
    index("audit_event_subject_idx").on(t.subjectUserId),
  ],
);
