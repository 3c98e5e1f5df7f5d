import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import type { Unparsed } from "../core/validation";
import { reportCharts } from "./charts/report-charts";
import { reportToPdf } from "./export-pdf";
import { reportToXlsx } from "./export-xlsx";
import { getReport } from "./get-report";
import { launchPlaces } from "./launch-places";
import type { ReportQuery } from "./report-schemas";

export const reportExportFormats = ["xlsx", "pdf"] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

export const reportContentTypes: Record<ReportExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export type ReportFile = { file: Buffer; fileName: string; contentType: string };

/** An ASCII file name: `rapport-2026-01-01-2026-12-31-fabrique-adress.pdf`. */
function fileNameOf(from: string, to: string, scope: string, format: ReportExportFormat): string {
  const slug = scope.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();
  return `${t(fr.reportExports.fileName, { from, to })}-${slug}.${format}`;
}

/**
 * The XLSX or PDF of a report: the same `getReport` as the page and the API, so the same
 * permission (a scope the actor may not read is NOT_FOUND) and the same numbers.
 */
export async function exportReport(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: Unparsed<ReportQuery>,
  format: ReportExportFormat,
): Promise<Result<ReportFile, "INVALID_INPUT" | "NOT_FOUND">> {
  const result = await getReport(deps, actor, input);
  if (!result.ok) return result;
  const report = result.value;
  const places = await launchPlaces(
    deps,
    [...report.launches.launched, ...report.launches.planned].map((a) => a.initiativeId),
  );
  const context = { report, places };
  const now = deps.clock.now();
  const file =
    format === "xlsx"
      ? await reportToXlsx(context, now)
      : await reportToPdf(context, await reportCharts(deps, report, places), now);
  return ok({
    file,
    fileName: fileNameOf(report.period.from, report.period.to, report.scope.code, format),
    contentType: reportContentTypes[format],
  });
}
