import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import { spreadsheetCsv } from "../core/spreadsheet-csv";
import type { SignalListItem } from "./list-signals";

/** The signals list as CSV for a spreadsheet, with French headers and labels. */
export function signalsToCsv(
  items: readonly SignalListItem[],
  themeLabels: ReadonlyMap<string, string>,
): string {
  return spreadsheetCsv(
    fr.signals.csv.header,
    items.map((item) => [
      item.reference,
      fr.signals.kinds[item.kind],
      item.title,
      fr.signals.statuses[item.status],
      fr.signals.channels[item.channel],
      item.territoryName ? `${item.territoryName} (${item.territoryCode})` : item.territoryCode,
      item.themes.map((code) => themeLabels.get(code) ?? code).join(", "),
      item.sourceOrganisation,
      parisDate(item.createdAt),
    ]),
  );
}
