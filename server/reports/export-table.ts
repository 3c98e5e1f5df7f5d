import type { fr } from "../../shared/i18n/fr";
import type { Report } from "./get-report";
import type { LaunchPlace } from "./launch-places";

/**
 * A column of an exported table. `count`: an integer; `fte`: hundredths of a full-time
 * equivalent as stored (the XLSX writes 1.5, the PDF `1,5`); `euros`: cents as stored (the XLSX
 * writes 12.5 in a euro format, the PDF `12,50 €`); `decimal`: a number as it is, two decimals at
 * most (a median in days, a share in percent); `date`: `AAAA-MM-JJ`. `sum`: the
 * total row adds the column up (a live `=SUM` in the XLSX).
 */
export type ExportColumn = {
  label: string;
  kind: "text" | "count" | "fte" | "euros" | "decimal" | "date";
  sum?: boolean;
  /** Relative width in the PDF (a text column is 3 unless told). */
  weight?: number;
};
export type ExportValue = string | number | null;

/** One table of a report, the same in the XLSX (a sheet) and the PDF (a table). */
export type ExportTable = {
  id: keyof typeof fr.reportExports.sheets;
  title: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
};

export type ExportContext = { report: Report; places: Map<string, LaunchPlace> };
