import { data } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { exportPersonalData } from "../../server/privacy/export-personal-data";
import { personalDataHtml } from "../../server/privacy/personal-data-html";
import { parisDate } from "../../shared/time";
import type { Route } from "./+types/account-data-export";

/** Everything the app holds about the signed-in person, as JSON or as a readable HTML page. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (params.format !== "json" && params.format !== "html") throw data(null, { status: 404 });
  const result = await exportPersonalData(context.deps, actor);
  if (!result.ok) throw data(null, { status: 401 });
  const day = parisDate(context.deps.clock.now());
  const json = params.format === "json";
  return new Response(json ? JSON.stringify(result.value, null, 2) : personalDataHtml(result.value), {
    headers: {
      "content-type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "content-disposition": `attachment; filename="mes-donnees-essaim-${day}.${params.format}"`,
      "cache-control": "no-store",
    },
  });
}
