import { formatFteHundredths } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import { spreadsheetCsv } from "../core/spreadsheet-csv";
import type { InitiativeExportDetails } from "./initiative-export-details";
import type { InitiativeListItem } from "./list-initiatives";

const DAY = 86_400_000;

const fte = (value: number | null | undefined) => (value == null ? "" : formatFteHundredths(value));

/**
 * The initiatives list as CSV: stage, time in the current stage, territory, themes, officer,
 * Fabrique, then the région, the dates, the outcome and its jobs (issue 16).
 */
export function initiativesToCsv(
  items: readonly InitiativeListItem[],
  themeLabels: ReadonlyMap<string, string>,
  now: Date,
  details: ReadonlyMap<string, InitiativeExportDetails>,
): string {
  return spreadsheetCsv(
    [...fr.initiatives.csv.header, ...fr.initiatives.csv.detailHeader],
    items.map((item) => [
      item.reference,
      item.title,
      fr.initiatives.stages[item.stage],
      String(Math.floor((now.getTime() - item.stageEnteredAt.getTime()) / DAY)),
      fr.initiatives.entryPoints[item.entryPoint],
      item.territoryName ? `${item.territoryName} (${item.territoryCode})` : item.territoryCode,
      item.themes.map((code) => themeLabels.get(code) ?? code).join(", "),
      item.officerName ?? "",
      item.fabriqueName,
      parisDate(item.updatedAt),
      ...detailCells(item, details.get(item.id)),
    ]),
  );
}

function detailCells(item: InitiativeListItem, d: InitiativeExportDetails | undefined): string[] {
  return [
    d?.regionName ?? "",
    d ? parisDate(d.createdAt) : "",
    parisDate(item.stageEnteredAt),
    d?.outcomeKind ? fr.carriers.outcome.kinds[d.outcomeKind] : "",
    d?.activityName ?? "",
    d?.openedOn ?? "",
    fte(d?.jobsFteHundredths),
    fte(d?.insertionFteHundredths),
    fte(d?.disabilityFteHundredths),
  ];
}
