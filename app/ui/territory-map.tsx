import { useId } from "react";
import type { TerritoryMap as TerritoryMapData } from "../../server/maps/render-map";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const NO_DATA_COLOR = "#ffffff";

/** The map's figures as a table, largest first, for those who cannot see the map. */
function MapTable({ map, caption }: { map: TerritoryMapData; caption: string }) {
  const sortedRows = [...map.rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return (
    <details>
      <summary>{fr.territories.map.table}</summary>
      <div className="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{fr.territories.page.name}</th>
              <th scope="col">{fr.territories.page.code}</th>
              <th scope="col" className="num">
                {fr.territories.map.metrics[map.metric].value}
              </th>
            </tr>
          </thead>
          <tbody>
            {sortedRows.map((row) => (
              <tr key={row.code}>
                <td>
                  <a href={`/territoires/${map.level}/${row.code}`}>{row.name}</a>
                </td>
                <td>{row.code}</td>
                <td className="num">
                  {row.value === null ? fr.territories.map.noData : formatInteger(row.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * A server-rendered choropleth: an SVG drawn from imported or fallback boundaries, a legend that
 * names every class in words, and the same figures as a table for those who cannot see the map.
 */
export function TerritoryMap({ map }: { map: TerritoryMapData }) {
  const id = useId();
  const level = fr.territories.map.level[map.level] ?? map.level;
  const words = fr.territories.map.metrics[map.metric];
  const caption = t(words.caption, { level });
  return (
    <figure className="territory-map" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{caption}</strong>
      </figcaption>
      <svg viewBox={map.viewBox} role="img" aria-labelledby={`${id}-caption`}>
        <title>{caption}</title>
        {map.shapes.map((shape) => {
          const color = shape.classIndex === null ? NO_DATA_COLOR : map.classes[shape.classIndex]?.color;
          const label = `${shape.name} : ${shape.value === null ? fr.territories.map.noData : formatInteger(shape.value)}`;
          return (
            <g key={shape.code} fill={color}>
              <title>{label}</title>
              {shape.paths.map((d, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the paths of one shape never reorder
                <path key={index} d={d} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="territory-map__legend" aria-label={words.legend}>
        {map.classes.map((c) => (
          <li key={c.color}>
            <span className="territory-map__swatch" style={{ background: c.color }} aria-hidden="true" />
            {t(fr.territories.map.legendRange, { from: formatInteger(c.from), to: formatInteger(c.to) })}
          </li>
        ))}
      </ul>
      <p className="field__help">
        {map.source.kind === "import" ? (
          <>
            {t(fr.territories.map.sourceImported, { source: map.source.name })} {fr.territories.map.dromNote}
          </>
        ) : (
          <>
            {fr.territories.map.fallbackNote}{" "}
            <a href="https://creativecommons.org/licenses/by/4.0/deed.fr" rel="license">
              {fr.territories.map.sourceFallback}
            </a>
          </>
        )}
      </p>
      <MapTable map={map} caption={caption} />
    </figure>
  );
}
