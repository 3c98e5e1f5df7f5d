import type { ForecastStatements } from "../../server/forecasts/compute";
import {
  type CashFlowKey,
  cashFlowKeys,
  cashOutflows,
  type ForecastWarning,
  type IncomeStatementKey,
  operatingCharges,
  operatingProducts,
} from "../../shared/codes/forecasts";
import { warningText } from "../../shared/i18n/forecast-warnings";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

import { MoneyRow, monthLabel, YearHeader, years } from "./table-parts";

const text = fr.forecasts;

/** The statements a page shows (the per-line details feed the XLSX only, not the page). */
export type ViewStatements = Omit<ForecastStatements, "incomeStatement"> & {
  incomeStatement: Omit<ForecastStatements["incomeStatement"], "details">;
};

export function forView(statements: ForecastStatements): ViewStatements {
  const { details: _details, ...incomeStatement } = statements.incomeStatement;
  return { ...statements, incomeStatement };
}

/** "mois 7", "non atteint", or "rien à calculer pour l'instant" when no line produces a figure yet. */
export function breakEvenLabel(statements: Pick<ViewStatements, "empty" | "breakEven">): string {
  if (statements.empty) return text.nothingToCompute;
  return statements.breakEven.month === null ? text.never : monthLabel(statements.breakEven.month);
}

/** The engine's warnings in French, above the figures (the XLSX and the PDF carry the same sentences). */
export function ForecastWarnings({ warnings }: { warnings: ForecastWarning[] }) {
  if (!warnings.length) return null;
  return (
    <section aria-labelledby="points-d-attention" className="notice notice--warning">
      <h2 id="points-d-attention">{text.warnings.title}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warningKey(warning)}>{warningText(warning)}</li>
        ))}
      </ul>
    </section>
  );
}

const warningKey = (warning: ForecastWarning) =>
  "lineId" in warning ? `${warning.code}:${warning.lineId}` : warning.code;

export function IncomeStatementTable({ statements }: { statements: ViewStatements }) {
  const is = statements.incomeStatement;
  const s = text.incomeStatement;
  const line = (key: IncomeStatementKey) => <MoneyRow key={key} label={s[key]} values={is.lines[key]} />;
  return (
    <section aria-labelledby="compte-de-resultat">
      <h2 id="compte-de-resultat">{s.title}</h2>
      <div className="table-wrap">
        <table>
          <caption>{s.caption}</caption>
          <YearHeader first="" />
          <tbody>
            {operatingProducts.map(line)}
            <MoneyRow label={s.operatingProducts} values={is.operatingProducts} strong />
            {operatingCharges.map(line)}
            <MoneyRow label={s.operatingCharges} values={is.operatingCharges} strong />
            <MoneyRow label={s.operatingResult} values={is.operatingResult} strong />
            {line("financialCharges")}
            {line("investmentGrantShare")}
            <MoneyRow label={s.result} values={is.result} strong />
          </tbody>
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={4}>
                {s.contributions}
              </th>
            </tr>
            <MoneyRow label={s.volunteering} values={is.volunteering} />
            <MoneyRow label={s.inKind} values={is.inKind} />
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CashPlanTable({ statements }: { statements: ViewStatements }) {
  const cash = statements.cashPlan;
  const c = text.cashPlan;
  const outflowSet = new Set<CashFlowKey>(cashOutflows);
  const row = (label: string, values: number[], strong?: boolean) => (
    <tr key={label}>
      <th scope="row">{strong ? <strong>{label}</strong> : label}</th>
      {values.map((v, m) => (
        <td key={statements.months[m]!.month} className="numeric">
          {strong && m + 1 === cash.low.month && label === c.cumulative ? (
            <strong>
              {formatEuros(v)} {c.lowMarker}
            </strong>
          ) : (
            formatEuros(v)
          )}
        </td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="plan-de-tresorerie">
      <h2 id="plan-de-tresorerie">{c.title}</h2>
      <p className="notice" role="status">
        <strong>
          {t(c.low, { amount: formatEuros(cash.low.cents), month: monthLabel(cash.low.month) })}
        </strong>
      </p>
      <p>
        {c.opening} : {formatEuros(cash.openingCents)}
      </p>
      {/* 36 columns scroll sideways: the scrolling region takes the keyboard focus so it can be scrolled with arrows. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <section className="table-wrap" tabIndex={0} aria-label={c.caption}>
        <table>
          <caption>{c.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.month}</th>
              {statements.months.map((m) => (
                <th key={m.month} scope="col" className="numeric">
                  {String(m.calendarMonth).padStart(2, "0")}/{m.calendarYear}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cashFlowKeys.filter((k) => !outflowSet.has(k)).map((k) => row(c[k], cash.flows[k]))}
            {row(c.inflows, cash.inflows, true)}
            {cashOutflows.map((k) => row(c[k], cash.flows[k]))}
            {row(c.outflows, cash.outflows, true)}
            {row(c.net, cash.net, true)}
            {row(c.cumulative, cash.cumulative, true)}
          </tbody>
        </table>
      </section>
    </section>
  );
}

type InitialPlan = ViewStatements["financingPlan"]["initial"];

/** A label and an amount side by side (in bold for totals); no label: two empty cells. */
function PlanCells({ label, cents, strong }: { label?: string; cents?: number; strong?: boolean }) {
  if (label === undefined || cents === undefined) return <td colSpan={2} />;
  const bold = (content: string) => (strong ? <strong>{content}</strong> : content);
  return (
    <>
      <th scope="row">{bold(label)}</th>
      <td className="numeric">{bold(formatEuros(cents))}</td>
    </>
  );
}

/** What the start needs (investments, starting cash) against what pays for it, and the gap. */
function InitialPlanTable({ initial }: { initial: InitialPlan }) {
  const f = text.financingPlan;
  const r = initial.resources;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{f.needs}</th>
            <th scope="col" className="numeric">
              {text.total}
            </th>
            <th scope="col">{f.resources}</th>
            <th scope="col" className="numeric">
              {text.total}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <PlanCells label={f.investments} cents={initial.needs.investments} />
            <PlanCells label={f.equity} cents={r.equity} />
          </tr>
          <tr>
            <PlanCells label={f.startingCash} cents={initial.needs.startingCash} />
            <PlanCells label={f.loans} cents={r.loans} />
          </tr>
          <tr>
            <PlanCells />
            <PlanCells label={f.honourLoans} cents={r.honourLoans} />
          </tr>
          <tr>
            <PlanCells />
            <PlanCells label={f.investmentGrants} cents={r.investmentGrants} />
          </tr>
          <tr>
            <PlanCells />
            <PlanCells label={f.openingCash} cents={r.openingCash} />
          </tr>
          <tr>
            <PlanCells label={f.totalNeeds} cents={initial.totalNeeds} strong />
            <PlanCells label={f.totalResources} cents={initial.totalResources} strong />
          </tr>
          <tr>
            <PlanCells />
            <PlanCells label={f.gap} cents={initial.gap} strong />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function FinancingPlanTables({ statements }: { statements: ViewStatements }) {
  const f = text.financingPlan;
  const plan = statements.financingPlan;
  const y = plan.years;
  return (
    <section aria-labelledby="plan-de-financement">
      <h2 id="plan-de-financement">{f.title}</h2>
      <h3>{f.initialTitle}</h3>
      <InitialPlanTable initial={plan.initial} />
      <p className="field__help">{f.startingCashHelp}</p>
      <h3>{f.threeYearTitle}</h3>
      <div className="table-wrap">
        <table>
          <YearHeader first="" />
          <tbody>
            <MoneyRow label={f.investments} values={y.map((v) => v.needs.investments)} />
            <MoneyRow label={f.loanRepayments} values={y.map((v) => v.needs.loanRepayments)} />
            <MoneyRow
              label={f.totalNeeds}
              values={y.map((v) => v.needs.investments + v.needs.loanRepayments)}
              strong
            />
            <MoneyRow label={f.selfFinancing} values={y.map((v) => v.resources.selfFinancing)} />
            <MoneyRow label={f.equity} values={y.map((v) => v.resources.equity)} />
            <MoneyRow label={f.loans} values={y.map((v) => v.resources.loans)} />
            <MoneyRow label={f.honourLoans} values={y.map((v) => v.resources.honourLoans)} />
            <MoneyRow label={f.investmentGrants} values={y.map((v) => v.resources.investmentGrants)} />
            <MoneyRow label={f.openingCash} values={y.map((v) => v.resources.openingCash)} />
            <MoneyRow label={f.balance} values={y.map((v) => v.balance)} strong />
            <MoneyRow label={f.cumulative} values={y.map((v) => v.cumulative)} strong />
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The key figures above the editor: results, low cash point, break-even, and the exports. */
export function KeyFiguresCard({
  forecastId,
  statements,
  busy,
}: {
  forecastId: string;
  statements: ViewStatements;
  busy: boolean;
}) {
  const is = statements.incomeStatement;
  return (
    <section aria-labelledby="chiffres-cles" className="card">
      <h2 id="chiffres-cles">{text.pdf.keyFigures}</h2>
      <p aria-live="polite" className="field__help">
        {busy ? text.editor.updating : ""}
      </p>
      <dl className="facts">
        {[0, 1, 2].map((y) => (
          <div key={y}>
            <dt>{t(text.key.result, { year: y + 1 })}</dt>
            <dd>{formatEuros(is.result[y]!)}</dd>
          </div>
        ))}
        <div>
          <dt>{text.key.cashLow}</dt>
          <dd>
            {formatEuros(statements.cashPlan.low.cents)} ({monthLabel(statements.cashPlan.low.month)})
          </dd>
        </div>
        <div>
          <dt>{text.breakEven.month}</dt>
          <dd>{breakEvenLabel(statements)}</dd>
        </div>
        <div>
          <dt>{text.breakEven.threshold}</dt>
          <dd>
            {[0, 1, 2].map((y) => {
              const threshold = statements.breakEven.years[y]!.breakEvenRevenue;
              return (
                <span key={y}>
                  {t(text.yearN, { year: y + 1 })} :{" "}
                  {threshold === null ? text.breakEven.unreachable : formatEuros(threshold)}
                  <br />
                </span>
              );
            })}
          </dd>
        </div>
      </dl>
      <p className="actions">
        <a className="button button--secondary" href={`/previsionnels/${forecastId}/export/xlsx`}>
          {text.exports.xlsx}
        </a>
        <a className="button button--secondary" href={`/previsionnels/${forecastId}/export/pdf`}>
          {text.exports.pdf}
        </a>
      </p>
    </section>
  );
}

export function BreakEvenTable({ statements }: { statements: ViewStatements }) {
  const b = text.breakEven;
  const be = statements.breakEven;
  return (
    <section aria-labelledby="seuil-de-rentabilite">
      <h2 id="seuil-de-rentabilite">{b.title}</h2>
      <p>
        <strong>
          {b.month} : {breakEvenLabel(statements)}
        </strong>
        <br />
        <span className="field__help">{b.monthHelp}</span>
      </p>
      <div className="table-wrap">
        <table>
          <YearHeader first="" />
          <tbody>
            <MoneyRow label={b.revenue} values={be.years.map((y) => y.revenue)} />
            <MoneyRow label={b.variableCosts} values={be.years.map((y) => y.variableCosts)} />
            <MoneyRow label={b.fixedCosts} values={be.years.map((y) => y.fixedCosts)} />
            <MoneyRow label={b.otherIncome} values={be.years.map((y) => y.otherIncome)} />
            <tr>
              <th scope="row">
                <strong>{b.threshold}</strong>
              </th>
              {be.years.map((y, i) => (
                <td key={years[i]} className="numeric">
                  <strong>
                    {y.breakEvenRevenue === null ? b.unreachable : formatEuros(y.breakEvenRevenue)}
                  </strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
