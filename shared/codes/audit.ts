/** What the audit log records (decision record 0137). */
export const auditActions = ["personal-data.exported", "erasure.requested", "person.erased"] as const;
export type AuditAction = (typeof auditActions)[number];
