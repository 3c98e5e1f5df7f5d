import { fr } from "../../app/i18n/fr";
import type { SignalListItem } from "./list-signals";

/**
 * The list as CSV for a spreadsheet: French headers and labels, `;` separators and a BOM so a
 * French spreadsheet opens it as is, CRLF line ends. A cell that a spreadsheet would take for a
 * formula (`=`, `+`, `-`, `@`) is prefixed with an apostrophe (CSV injection).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function signalsToCsv(
  items: readonly SignalListItem[],
  themeLabels: ReadonlyMap<string, string>,
): string {
  const lines = [fr.signals.csv.header.map(cell).join(";")];
  for (const item of items) {
    lines.push(
      [
        item.reference,
        fr.signals.kinds[item.kind],
        item.title,
        fr.signals.statuses[item.status],
        fr.signals.channels[item.channel],
        item.territoryName ? `${item.territoryName} (${item.territoryCode})` : item.territoryCode,
        item.themes.map((code) => themeLabels.get(code) ?? code).join(", "),
        item.sourceOrganisation,
        item.createdAt.toISOString().slice(0, 10),
      ]
        .map(cell)
        .join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
