import { formatFteHundredths } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import { spreadsheetCsv } from "../core/spreadsheet-csv";
import type { SignalListItem } from "./list-signals";
import type { SignalExportDetails } from "./signal-export-details";

/**
 * The signals list as CSV for a spreadsheet, with French headers and labels; with `details`, the
 * Fabrique, the région, the last change and the initiative it became (stage, outcome, jobs).
 */
export function signalsToCsv(
  items: readonly SignalListItem[],
  themeLabels: ReadonlyMap<string, string>,
  details?: ReadonlyMap<string, SignalExportDetails>,
): string {
  return spreadsheetCsv(
    details ? [...fr.signals.csv.header, ...fr.signals.csv.detailHeader] : fr.signals.csv.header,
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
      ...(details ? detailCells(item, details.get(item.id)) : []),
    ]),
  );
}

function detailCells(item: SignalListItem, d: SignalExportDetails | undefined): string[] {
  const linked = d?.initiative;
  return [
    item.fabriqueName,
    d?.regionName ?? "",
    d ? parisDate(d.updatedAt) : "",
    linked?.reference ?? "",
    linked ? fr.initiatives.stages[linked.stage] : "",
    linked?.outcomeKind ? fr.carriers.outcome.kinds[linked.outcomeKind] : "",
    linked?.jobsFteHundredths == null ? "" : formatFteHundredths(linked.jobsFteHundredths),
  ];
}
