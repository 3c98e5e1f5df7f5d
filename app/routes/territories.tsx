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
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { EmptyState } from "../ui/empty-state";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import { TerritoryCombobox, territoryContext } from "../ui/territory-combobox";
import { TerritoryMap } from "../ui/territory-map";
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
      {q ? (
        <section aria-labelledby="resultats-titre">
          <h2 id="resultats-titre">{t(fr.territories.search.resultsTitle, { q })}</h2>
          {results.length === 0 ? (
            <EmptyState title={t(fr.territories.search.noResults, { q })}>
              {fr.territories.search.noResultsHelp}
            </EmptyState>
          ) : (
            <>
              <p>{t(fr.territories.search.resultsCount, { count: results.length })}</p>
              <ul className="stack">
                {results.map((r) => (
                  <li key={`${r.kind}:${r.code}`}>
                    <a href={`/territoires/${r.kind}/${r.code}`}>{r.name}</a>{" "}
                    <span className="card__meta">
                      {territoryContext(r)}
                      {r.population !== null
                        ? ` · ${t(fr.territories.page.inhabitants, { count: formatInteger(r.population) })}`
                        : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="cartes-titre">
        <h2 id="cartes-titre">{fr.territories.map.title}</h2>
        <p>{fr.territories.map.metricNote}</p>
        <nav aria-label={fr.territories.map.choose}>
          <ul className="territory-tabs">
            <li>{fr.territories.map.choose} :</li>
            {mapLevels.map((l) => (
              <li key={l}>
                <a
                  href={`/territoires?${new URLSearchParams({ ...(q ? { q } : {}), map: l, measure: metric })}#cartes-titre`}
                  aria-current={l === level ? "page" : undefined}
                >
                  {fr.territories.map.level[l]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={fr.territories.map.chooseMetric}>
          <ul className="territory-tabs">
            <li>{fr.territories.map.chooseMetric} :</li>
            {metrics.map((m) => (
              <li key={m}>
                <a
                  href={`/territoires?${new URLSearchParams({ ...(q ? { q } : {}), map: level, measure: m })}#cartes-titre`}
                  aria-current={m === metric ? "page" : undefined}
                >
                  {fr.territories.map.metric[m]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {map ? (
          <TerritoryMap map={map} />
        ) : (
          <div className="notice notice--warning">
            <p>{fr.territories.map.epciNeedsImport}</p>
          </div>
        )}
      </section>
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
