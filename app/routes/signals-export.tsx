import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listAllSignals } from "../../server/signals/list-signals";
import { listSignalExportDetails } from "../../server/signals/signal-export-details";
import { signalsToCsv } from "../../server/signals/signals-csv";
import { parisDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { readListQuery } from "../signals/list-query";
import type { Route } from "./+types/signals-export";

/** The filtered list as a CSV file (same filters and same visibility as `/signaux`). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const query = readListQuery(new URL(request.url));
  const items = valueOr404(await listAllSignals(context.deps, actor, query));
  const themes = await listThemes(context.deps);
  const details = await listSignalExportDetails(
    context.deps,
    actor,
    items.map((item) => item.id),
  );
  const csv = signalsToCsv(items, new Map(themes.map((theme) => [theme.code, theme.label])), details);
  const day = parisDate(context.deps.clock.now());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="remontees-${day}.csv"`,
    },
  });
}
