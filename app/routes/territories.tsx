import { useLoaderData } from "react-router";
import { privateMapCounts } from "../../server/maps/private-map-counts";
import { getTerritoryMap } from "../../server/maps/render-map";
import { COG_YEAR } from "../../server/territories/cog-year";
import { searchTerritories } from "../../server/territories/search-territories";
import {
  type MapLevel,
  type MapMetric,
  mapLevels,
  mapMetrics,
  privateMapMetrics,
} from "../../shared/codes/territories";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { MapsSection, TerritoryResults } from "../territories/territory-search-sections";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/territories";

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${fr.territories.title} — ${fr.common.appName}` },
  { name: "description", content: t(fr.territories.intro, { year: data?.cogYear ?? "" }) },
];

/** Public page: search (works as a plain GET form) and population maps. */
export async function loader({ request, context }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.territories);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const requested = url.searchParams.get("map");
  const level: MapLevel = (mapLevels as readonly string[]).includes(requested ?? "")
    ? (requested as MapLevel)
    : "departement";
  const requestedMetric = url.searchParams.get("measure");
  const actor = context.actor;
  const offered = mapMetrics.filter((m) => actor || !privateMapMetrics.includes(m));
  const metric: MapMetric = (offered as readonly string[]).includes(requestedMetric ?? "")
    ? (requestedMetric as MapMetric)
    : "population";
  const privateCounts =
    actor && privateMapMetrics.includes(metric)
      ? await privateMapCounts(context.deps, actor, level, metric)
      : undefined;
  const [found, map] = await Promise.all([
    q ? searchTerritories(context.deps, q, { limit: 50 }) : null,
    getTerritoryMap(context.deps, level, metric, privateCounts),
  ]);
  return {
    q,
    results: found?.ok ? found.value : [],
    level,
    metric,
    metrics: offered,
    map,
    canImport: !!context.actor?.isNetworkAnimator,
    cogYear: COG_YEAR,
  };
}

export default function Territories() {
  const { q, results, level, metric, metrics, map, canImport, cogYear } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{fr.territories.title}</h1>
      <p className="lead">{t(fr.territories.intro, { year: cogYear })}</p>
      <TerritoryCombobox
        mode="navigate"
        label={fr.territories.search.label}
        help={fr.territories.search.help}
        defaultQuery={q}
      />
      {q ? <TerritoryResults q={q} results={results} /> : null}
      <MapsSection q={q} level={level} metric={metric} metrics={metrics} map={map} />
      {canImport ? (
        <p className="actions">
          <a className="button button--secondary" href="/territoires/importer">
            {fr.territories.import.link}
          </a>
        </p>
      ) : null}
    </>
  );
}
