import type { AuditAction } from "../../shared/codes/audit";
import type { Db } from "../db/database";
import { auditEvent } from "../db/schema";

/**
 * One line of the audit log (decision record 0137), written in the caller's transaction with the
 * act it records. In `core` so every domain that performs an administrative act can journal it.
 */
export async function recordAuditEvent(
  db: Pick<Db, "insert">,
  event: {
    action: AuditAction;
    /** Absent: the database's clock (`now()`), for services without a clock. */
    at?: Date;
    actorUserId: string | null;
    subjectUserId?: string | null;
    fabriqueId?: string | null;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await db.insert(auditEvent).values({
    action: event.action,
    at: event.at,
    actorUserId: event.actorUserId,
    subjectUserId: event.subjectUserId ?? null,
    fabriqueId: event.fabriqueId ?? null,
    details: event.details ?? {},
  });
}
