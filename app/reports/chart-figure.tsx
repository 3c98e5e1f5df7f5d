import { useId } from "react";
import { type Chart, type ChartMark, viewBoxAttribute } from "../../server/reports/charts/chart-model";
import { fr } from "../../shared/i18n/fr";
import { ReportTable } from "./report-table";

const text = fr.reportExports.charts;

function Mark({ mark }: { mark: ChartMark }) {
  switch (mark.kind) {
    case "rect":
      return (
        <rect x={mark.x} y={mark.y} width={mark.width} height={mark.height} fill={mark.fill}>
          <title>{mark.label}</title>
        </rect>
      );
    case "text":
      return (
        <text
          x={mark.x}
          y={mark.y}
          textAnchor={mark.anchor}
          dominantBaseline="middle"
          fontSize={mark.size}
          fontWeight={mark.bold ? "bold" : undefined}
          fill="currentColor"
        >
          {mark.text}
        </text>
      );
    case "line":
      return <line x1={mark.x1} y1={mark.y1} x2={mark.x2} y2={mark.y2} stroke={mark.stroke} />;
    case "shape":
      return (
        <g fill={mark.fill} stroke="#6b6b6b" strokeWidth={0.5}>
          <title>{mark.label}</title>
          {mark.paths.map((d, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the paths of one shape never reorder
            <path key={index} d={d} />
          ))}
        </g>
      );
  }
}

/**
 * A chart drawn on the server as SVG (no script): `role="img"` named by its title and described
 * by its description, a legend in words, then the table of its figures, open, for those who
 * cannot see the picture and for print.
 */
export function ChartFigure({ chart }: { chart: Chart }) {
  const id = useId();
  return (
    <figure className="report-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{chart.title}</strong>
      </figcaption>
      <div className="report-chart__body">
        <svg
          viewBox={viewBoxAttribute(chart.viewBox)}
          role="img"
          aria-labelledby={`${id}-svg-title`}
          aria-describedby={`${id}-desc`}
          className={`report-chart__svg report-chart__svg--${chart.id}`}
        >
          <title id={`${id}-svg-title`}>{chart.title}</title>
          <desc id={`${id}-desc`}>{chart.description}</desc>
          {chart.marks.map((mark, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the marks of a chart never reorder
            <Mark key={index} mark={mark} />
          ))}
        </svg>
        <div className="report-chart__table">
          <ReportTable caption={`${text.tableOf} — ${chart.title}`} rowHeads {...chart.table} />
        </div>
      </div>
      {chart.legend.length ? (
        <ul className="territory-map__legend" aria-label={text.map.legend}>
          {chart.legend.map((entry) => (
            <li key={entry.color}>
              <span
                className="territory-map__swatch"
                style={{ background: entry.color }}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      {chart.notes.map((note) => (
        <p key={note} className="field__help">
          {note}
        </p>
      ))}
    </figure>
  );
}
