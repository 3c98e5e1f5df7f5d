import { useId } from "react";
import type { OfferMap as OfferMapData } from "../../server/offer/offer-map";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const text = fr.offer.page.map;
const POINT_COLOR = "#000091";
const OUTLINE_FILL = "#eef1f8";
const OUTLINE_STROKE = "#3a3a3a";

type MapPoint = OfferMapData["points"][number];

// One map per page: plain ids, so a point's link is a readable fragment.
const rowId = (index: number) => `carte-service-${index + 1}`;

const nameOf = (point: MapPoint) =>
  t(text.point, {
    name: point.name,
    structure: point.structureName,
    commune: point.commune ? `, ${point.commune}` : "",
  }) + (point.position === "structure" ? text.positionOfStructure : "");

/** How many services are drawn, and how many are not (no coordinates, outside, beyond the limit). */
function MapCounts({ map }: { map: OfferMapData }) {
  return (
    <ul>
      <li>{t(text.placed, { count: formatInteger(map.points.length) })}</li>
      {map.withoutCoordinates ? (
        <li>{t(text.withoutCoordinates, { count: formatInteger(map.withoutCoordinates) })}</li>
      ) : null}
      {map.outside ? <li>{t(text.outside, { count: formatInteger(map.outside) })}</li> : null}
      {map.beyondLimit ? (
        <li>
          {t(text.beyondLimit, {
            count: formatInteger(map.beyondLimit),
            max: formatInteger(map.limit),
          })}
        </li>
      ) : null}
    </ul>
  );
}

/** The SVG: the outline when imported, one point per service linking to its row. */
function MapFigure({ map, id, viewBox }: { map: OfferMapData; id: string; viewBox: string }) {
  const caption = t(text.caption, { name: map.territory.name });
  return (
    <figure className="offer-map" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{caption}</strong>
      </figcaption>
      <svg viewBox={viewBox} width="100%" aria-labelledby={`${id}-caption`}>
        <title>{caption}</title>
        {map.outline ? (
          <path
            d={map.outline}
            fill={OUTLINE_FILL}
            stroke={OUTLINE_STROKE}
            strokeWidth={1.5}
            fillRule="evenodd"
          />
        ) : null}
        {map.points.map((point, index) => {
          const label = nameOf(point);
          return (
            <a
              key={`${point.source}:${point.id}`}
              href={`#${rowId(index)}`}
              aria-label={t(text.pointLink, { name: label })}
            >
              <title>{label}</title>
              <circle cx={point.x} cy={point.y} r={7} fill={POINT_COLOR} stroke="#ffffff" strokeWidth={2} />
            </a>
          );
        })}
      </svg>
      <p className="field__help">
        {map.outlineSource ? t(text.outline, { source: map.outlineSource }) : text.noOutline}
      </p>
    </figure>
  );
}

/** The same services in words, one row each (the points' links land here). */
function MapTable({ points }: { points: MapPoint[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.service}</th>
            <th scope="col">{text.columns.structure}</th>
            <th scope="col">{text.columns.commune}</th>
            <th scope="col">{text.columns.position}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={`${point.source}:${point.id}`} id={rowId(index)} tabIndex={-1}>
              <td>
                {point.link ? (
                  <a href={point.link} rel="noopener noreferrer">
                    {point.name}
                  </a>
                ) : (
                  point.name
                )}
              </td>
              <td>{point.structureName}</td>
              <td>{point.commune ?? "—"}</td>
              <td>{text.positions[point.position]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The located services of a territory's offer, drawn on the server as SVG (no tiles, no
 * network): the territory's outline when imported, one point per service, each a link to its
 * row in the table below, which says the same in words. What is not drawn is counted.
 */
export function OfferMap({ map }: { map: OfferMapData }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h3 id={`${id}-title`}>{text.title}</h3>
      <MapCounts map={map} />
      {map.viewBox && (map.points.length || map.outline) ? (
        <MapFigure map={map} id={id} viewBox={map.viewBox} />
      ) : (
        <p>{text.nothingToDraw}</p>
      )}
      {map.points.length ? <MapTable points={map.points} /> : null}
    </section>
  );
}
