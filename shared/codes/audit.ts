/** What the audit log records (decision record 0137). */
export const auditActions = [
  "role.granted",
  "role.changed",
  "role.removed",
  "fabrique.status-changed",
  "personal-data.exported",
  "erasure.requested",
  "person.erased",
  "sign-in.new-device",
  "totp.enabled",
  "totp.disabled",
  "totp.recovery-used",
  "totp.recovery-regenerated",
  "network.totp-requirement-changed",
] as const;
export type AuditAction = (typeof auditActions)[number];
