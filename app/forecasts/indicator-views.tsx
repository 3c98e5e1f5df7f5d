import type { SensitivityRow } from "../../server/forecasts/compute";
import { formatEuros, formatPercent } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";

import type { ViewStatements } from "./statement-views";
import { fte, MoneyRow, monthLabel, YearHeader, years } from "./table-parts";

const text = fr.forecasts;

export function ResourceMixAndJobs({ statements }: { statements: ViewStatements }) {
  const r = text.resourceMix;
  const mix = statements.resourceMix;
  const kinds = ["market", "public", "privateNonMarket", "volunteering"] as const;
  const j = text.jobs;
  return (
    <>
      <section aria-labelledby="hybridation">
        <h2 id="hybridation">{r.title}</h2>
        <div className="table-wrap">
          <table>
            <YearHeader first="" last={r.share} />
            <tbody>
              {kinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{r[kind]}</th>
                  {mix.years.map((y, i) => (
                    <td key={years[i]} className="numeric">
                      {formatEuros(y[kind])}
                    </td>
                  ))}
                  <td className="numeric">{formatPercent(mix.sharesBp[kind] / 10_000)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="emplois">
        <h2 id="emplois">{j.title}</h2>
        <div className="table-wrap">
          <table>
            <YearHeader first="" last={j.final} />
            <tbody>
              {(
                [
                  [j.fte, "ftePermille"],
                  [j.insertion, "insertionPermille"],
                  [j.disability, "disabilityPermille"],
                ] as const
              ).map(([label, key]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  {statements.jobs.years.map((y, i) => (
                    <td key={years[i]} className="numeric">
                      {fte(y[key])}
                    </td>
                  ))}
                  <td className="numeric">{fte(statements.jobs.final[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

export function CrossSubsidiesTable({ statements }: { statements: ViewStatements }) {
  const c = text.crossSubsidies;
  return (
    <section aria-labelledby="subventions-croisees">
      <h2 id="subventions-croisees">{c.title}</h2>
      {statements.crossSubsidies.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <YearHeader first="" />
            {statements.crossSubsidies.map((line) => (
              <tbody key={line.id}>
                <tr>
                  <th scope="rowgroup" colSpan={4}>
                    {line.label} — {c.from} : {line.from} · {c.to} : {line.to}
                  </th>
                </tr>
                <MoneyRow label={c.margin} values={line.margin} />
                <MoneyRow label={c.assigned} values={line.assigned} strong />
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

export function SensitivityTable({
  sensitivity,
}: {
  sensitivity: {
    base: { result: number[]; cashLow: { cents: number; month: number } };
    rows: SensitivityRow[];
  };
}) {
  const s = text.sensitivity;
  const percent = (bp: number) => `${bp > 0 ? "+" : ""}${formatPercent(bp / 10_000)}`;
  return (
    <section aria-labelledby="sensibilite">
      <h2 id="sensibilite">{s.title}</h2>
      <div className="table-wrap">
        <table>
          <caption>{s.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.variable}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="numeric">
                  {text.incomeStatement.result} {y}
                </th>
              ))}
              <th scope="col" className="numeric">
                {s.cashLow}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{s.base}</th>
              <SensitivityCells {...sensitivity.base} />
            </tr>
            {sensitivity.rows.map((row) => (
              <tr key={`${row.variable}${row.deltaBp}`}>
                <th scope="row">
                  {s.variables[row.variable]} {percent(row.deltaBp)}
                </th>
                <SensitivityCells result={row.result} cashLow={row.cashLow} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A sensitivity row's figures: the result of each year, then the lowest cash and its month. */
function SensitivityCells({
  result,
  cashLow,
}: {
  result: number[];
  cashLow: { cents: number; month: number };
}) {
  return (
    <>
      {result.map((v, i) => (
        <td key={years[i]} className="numeric">
          {formatEuros(v)}
        </td>
      ))}
      <td className="numeric">
        {formatEuros(cashLow.cents)} ({monthLabel(cashLow.month)})
      </td>
    </>
  );
}
