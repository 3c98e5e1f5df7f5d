import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { slugFromTitle } from "../core/slug";
import { loadTeamCall } from "./call-access";
import { loadApplicationsExport, loadJuryExport } from "./export-call-data";
import { juryToPdf } from "./export-pdf";
import { applicationsToXlsx, juryToXlsx } from "./export-xlsx";

/** The downloads of a call, by the last segment of their address. */
export const callExportFiles = ["candidatures.xlsx", "jury.xlsx", "jury.pdf"] as const;
export type CallExportFile = (typeof callExportFiles)[number];

export const isCallExportFile = (value: string): value is CallExportFile =>
  (callExportFiles as readonly string[]).includes(value);

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type CallExport = { file: Buffer; fileName: string; contentType: string };

/**
 * A call's applications (XLSX) or its jury's table (XLSX, or PDF for the copil's file), for its
 * Fabrique's team only: a juror from outside the team, another Fabrique, or a call that is not
 * this initiative's answer NOT_FOUND. An application the reader declared a conflict on is left
 * out, as on the team's pages. File names are ASCII, built from the call's title.
 */
export async function exportCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  initiativeId: string,
  callId: string,
  file: CallExportFile,
): Promise<Result<CallExport, "NOT_FOUND">> {
  if (!actor) return fail("NOT_FOUND");
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  if (row.initiativeId !== initiativeId) return fail("NOT_FOUND");
  const now = deps.clock.now();
  const names = fr.callExports.fileNames;
  const base = slugFromTitle(row.title) || "appel";
  if (file === "candidatures.xlsx") {
    const data = await loadApplicationsExport(deps, actor, row);
    if (!data.ok) return data;
    return ok({
      file: await applicationsToXlsx(data.value, now),
      fileName: `${names.applications}-${base}.xlsx`,
      contentType: XLSX,
    });
  }
  const data = await loadJuryExport(deps, actor, row);
  if (!data.ok) return data;
  return ok(
    file === "jury.xlsx"
      ? { file: await juryToXlsx(data.value, now), fileName: `${names.jury}-${base}.xlsx`, contentType: XLSX }
      : {
          file: await juryToPdf(data.value, now),
          fileName: `${names.jury}-${base}.pdf`,
          contentType: "application/pdf",
        },
  );
}
