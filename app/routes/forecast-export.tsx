import { exportFileName } from "../../server/forecasts/export-name";
import { forecastToPdf } from "../../server/forecasts/export-pdf";
import { forecastToXlsx } from "../../server/forecasts/export-xlsx";
import { getForecastStatements } from "../../server/forecasts/get-forecast-statements";
import { requireActor } from "../../server/http/require-actor";
import { notFound, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/forecast-export";

/** The XLSX and PDF downloads of a scenario for a signed-in user (the API serves the same files). */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (params.format !== "xlsx" && params.format !== "pdf") notFound();
  const { forecast, initiative, statements, sensitivity } = valueOr404(
    await getForecastStatements(context.deps, actor, params.id),
  );
  const file =
    params.format === "xlsx"
      ? await forecastToXlsx(forecast, statements, sensitivity)
      : await forecastToPdf(forecast, initiative.title, statements, context.deps.clock.now());
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type":
        params.format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "application/pdf",
      "content-disposition": `attachment; filename="${exportFileName(forecast.name, params.format)}"`,
    },
  });
}
