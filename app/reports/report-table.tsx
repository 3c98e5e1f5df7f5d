import { fr } from "../../shared/i18n/fr";

export type Cell = { value: string; num?: boolean };
export type Row = { key: string; cells: Cell[] };

const numClass = (cell: { num?: boolean }) => (cell.num ? "num" : undefined);

/**
 * Every table of a report: a caption, column heads, rows whose first cell heads the row when
 * `rowHeads` is set, an optional total row; a list with no row says so in a sentence (never an
 * empty table).
 */
export function ReportTable({
  caption,
  heads,
  rows,
  rowHeads = false,
  foot,
}: {
  caption: string;
  heads: { label: string; num?: boolean }[];
  rows: Row[];
  rowHeads?: boolean;
  foot?: Cell[];
}) {
  if (rows.length === 0) {
    return (
      <p>
        <strong>{caption}</strong> — {fr.reports.noneInPeriod}
      </p>
    );
  }
  const line = (cells: Cell[]) =>
    cells.map((cell, index) =>
      rowHeads && index === 0 ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a row are fixed.
        <th key={index} scope="row">
          {cell.value}
        </th>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a row are fixed.
        <td key={index} className={numClass(cell)}>
          {cell.value}
        </td>
      ),
    );
  return (
    // A table wider than a phone scrolls sideways: the region takes the focus so a keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1).
    <section className="table-wrap" tabIndex={0} aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heads.map((head) => (
              <th key={head.label} scope="col" className={numClass(head)}>
                {head.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>{line(row.cells)}</tr>
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <tr>{line(foot)}</tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
