import type { AuditAction } from "../../shared/codes/audit";
import type { Db } from "../db/database";
import { auditEvent } from "../db/schema";

/** One line of the audit log, written in the caller's transaction with the act it records. */
export async function recordAuditEvent(
  db: Pick<Db, "insert">,
  event: {
    action: AuditAction;
    at: Date;
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
