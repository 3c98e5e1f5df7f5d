import type { TerritoryMap as TerritoryMapData } from "../../server/maps/render-map";
import type { TerritorySummary } from "../../server/territories/territory-schemas";
import { type MapLevel, type MapMetric, mapLevels } from "../../shared/codes/territories";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { EmptyState } from "../ui/empty-state";
import { territoryContext } from "../ui/territory-combobox";
import { TerritoryMap } from "../ui/territory-map";

/** The sections of the territories page (`routes/territories.tsx`), one component each. */

const text = fr.territories;

/** The territories found for `q`, each with its context and population. */
export function TerritoryResults({ q, results }: { q: string; results: TerritorySummary[] }) {
  return (
    <section aria-labelledby="resultats-titre">
      <h2 id="resultats-titre">{t(text.search.resultsTitle, { q })}</h2>
      {results.length === 0 ? (
        <EmptyState title={t(text.search.noResults, { q })}>{text.search.noResultsHelp}</EmptyState>
      ) : (
        <>
          <p>{t(text.search.resultsCount, { count: results.length })}</p>
          <ul className="stack">
            {results.map((r) => (
              <li key={`${r.kind}:${r.code}`}>
                <a href={`/territoires/${r.kind}/${r.code}`}>{r.name}</a>{" "}
                <span className="card__meta">
                  {territoryContext(r)}
                  {r.population !== null
                    ? ` · ${t(text.page.inhabitants, { count: formatInteger(r.population) })}`
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A row of tabs, each a link to the maps with one choice changed (the search is kept). */
function MapTabs<T extends string>({
  label,
  choices,
  current,
  names,
  href,
}: {
  label: string;
  choices: readonly T[];
  current: T;
  names: Record<T, string>;
  href: (choice: T) => string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="territory-tabs">
        <li>{label} :</li>
        {choices.map((choice) => (
          <li key={choice}>
            <a href={href(choice)} aria-current={choice === current ? "page" : undefined}>
              {names[choice]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The maps: a level and a measure to choose, and the map (the EPCI one needs their import). */
export function MapsSection({
  q,
  level,
  metric,
  metrics,
  map,
}: {
  q: string;
  level: MapLevel;
  metric: MapMetric;
  metrics: readonly MapMetric[];
  map: TerritoryMapData | null;
}) {
  const href = (chosen: { map: MapLevel; measure: MapMetric }) =>
    `/territoires?${new URLSearchParams({ ...(q ? { q } : {}), ...chosen })}#cartes-titre`;
  return (
    <section aria-labelledby="cartes-titre">
      <h2 id="cartes-titre">{text.map.title}</h2>
      <p>{text.map.metricNote}</p>
      <MapTabs
        label={text.map.choose}
        choices={mapLevels}
        current={level}
        names={text.map.level}
        href={(l) => href({ map: l, measure: metric })}
      />
      <MapTabs
        label={text.map.chooseMetric}
        choices={metrics}
        current={metric}
        names={text.map.metric}
        href={(m) => href({ map: level, measure: m })}
      />
      {map ? (
        <TerritoryMap map={map} />
      ) : (
        <div className="notice notice--warning">
          <p>{text.map.epciNeedsImport}</p>
        </div>
      )}
    </section>
  );
}
