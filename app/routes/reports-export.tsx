import { redirect } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { exportReport, reportExportFormats } from "../../server/reports/export-report";
import { notFound } from "../network/page-results";
import type { Route } from "./+types/reports-export";

/**
 * The XLSX and PDF of the report `/rapports` shows, same period and scope (`?from=…&to=…&scope=…`)
 * and same permission; the API serves the same files. A wrong period goes back to the page,
 * which names the field.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const format = reportExportFormats.find((f) => f === params.format);
  if (!format) notFound();
  const search = new URL(request.url).searchParams;
  const value = (name: string) => search.get(name) || undefined;
  const result = await exportReport(
    context.deps,
    actor,
    { from: value("from"), to: value("to"), scope: value("scope") },
    format,
  );
  if (!result.ok) {
    if (result.error === "INVALID_INPUT") throw redirect(`/rapports?${search}`);
    notFound();
  }
  return new Response(new Uint8Array(result.value.file), {
    headers: {
      "content-type": result.value.contentType,
      "content-disposition": `attachment; filename="${result.value.fileName}"`,
    },
  });
}
