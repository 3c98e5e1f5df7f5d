import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listInitiativeExportDetails } from "../../server/initiatives/initiative-export-details";
import { listInitiativesQuery } from "../../server/initiatives/initiative-schemas";
import { initiativesToCsv } from "../../server/initiatives/initiatives-csv";
import { listAllInitiatives } from "../../server/initiatives/list-initiatives";
import { parisDate } from "../../shared/time";
import { readQueryWith } from "../signals/list-query";
import type { Route } from "./+types/initiatives-export";

/** The filtered list as a CSV file (same filters and same visibility as `/projets`). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const {
    page: _page,
    perPage: _perPage,
    ...query
  } = readQueryWith(listInitiativesQuery, new URL(request.url));
  const items = await listAllInitiatives(context.deps, actor, query);
  const themes = await listThemes(context.deps);
  const now = context.deps.clock.now();
  const details = await listInitiativeExportDetails(
    context.deps,
    items.map((item) => item.id),
  );
  const csv = initiativesToCsv(
    items,
    new Map(themes.map((theme) => [theme.code, theme.label])),
    now,
    details,
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="projets-${parisDate(now)}.csv"`,
    },
  });
}
