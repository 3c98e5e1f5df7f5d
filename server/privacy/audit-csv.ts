import { fr } from "../../shared/i18n/fr";
import type { AuditLine } from "./list-audit-events";

const cell = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The audit log as CSV (semicolons, as French spreadsheets expect), one line per act. */
export function auditToCsv(lines: AuditLine[]): string {
  const words = fr.privacy.audit;
  const head = [words.at, words.action, words.actor, words.subject, words.fabrique, words.details];
  const rows = lines.map((line) => [
    line.at.toISOString(),
    words.actions[line.action],
    line.actorName ?? "",
    line.subjectName ?? (line.subjectUserId ? words.erasedOrGone : ""),
    line.fabriqueName ?? "",
    JSON.stringify(line.details),
  ]);
  return `\ufeff${[head, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
