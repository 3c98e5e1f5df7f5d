import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import { spreadsheetCsv } from "../core/spreadsheet-csv";
import type { InitiativeListItem } from "./list-initiatives";

const DAY = 86_400_000;

/** The initiatives list as CSV: stage, time in the current stage, territory, themes, officer. */
export function initiativesToCsv(
  items: readonly InitiativeListItem[],
  themeLabels: ReadonlyMap<string, string>,
  now: Date,
): string {
  return spreadsheetCsv(
    fr.initiatives.csv.header,
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
    ]),
  );
}
