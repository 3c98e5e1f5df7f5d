import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** Pieces shared by the forecast's tables: year headers, money rows, FTE and month labels. */

const text = fr.forecasts;

export const years = [1, 2, 3].map((year) => t(text.yearN, { year }));
export const fte = (permille: number) =>
  (permille / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 2 });
export const monthLabel = (month: number) => t(text.monthN, { month });

/** The years as column headers, after `first`, and a `last` column when the table has one. */
export function YearHeader({ first, last }: { first: string; last?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {years.map((y) => (
          <th key={y} scope="col" className="numeric">
            {y}
          </th>
        ))}
        {last === undefined ? null : (
          <th scope="col" className="numeric">
            {last}
          </th>
        )}
      </tr>
    </thead>
  );
}

export function MoneyRow({ label, values, strong }: { label: string; values: number[]; strong?: boolean }) {
  const cell = (v: number) => (strong ? <strong>{formatEuros(v)}</strong> : formatEuros(v));
  return (
    <tr>
      <th scope="row">{strong ? <strong>{label}</strong> : label}</th>
      {values.map((v, i) => (
        <td key={years[i]} className="numeric">
          {cell(v)}
        </td>
      ))}
    </tr>
  );
}
