import type { ForecastStatements, ForecastWarning } from "./forecast-statements";

/**
 * The warnings drawn from the statements themselves (the ledger adds those about aid-per-post
 * lines): nothing to compute yet, negative cash, no break-even within the 36 months, a financing
 * plan that does not close. Pure, like the rest of the engine.
 */
export function statementWarnings(s: Omit<ForecastStatements, "warnings">): ForecastWarning[] {
  if (s.empty) return [{ code: "nothing-to-compute" }];
  const warnings: ForecastWarning[] = [];
  const negative = s.cashPlan.cumulative.flatMap((cents, m) => (cents < 0 ? [m + 1] : []));
  if (negative.length) {
    warnings.push({
      code: "negative-cash",
      months: negative,
      lowCents: s.cashPlan.low.cents,
      lowMonth: s.cashPlan.low.month,
    });
  }
  if (s.breakEven.month === null) {
    const cumulativeResultCents = s.incomeStatement.result.reduce((total, year) => total + year, 0);
    warnings.push({ code: "break-even-not-reached", cumulativeResultCents });
  }
  const initial = s.financingPlan.initial;
  // A surplus stays in cash (the gap row shows it); a shortfall means the plan does not close.
  if (initial.gap < 0) {
    warnings.push({
      code: "initial-plan-short",
      needsCents: initial.totalNeeds,
      resourcesCents: initial.totalResources,
      missingCents: -initial.gap,
    });
  }
  const short = s.financingPlan.years.findIndex((year) => year.cumulative < 0);
  if (short >= 0) {
    warnings.push({
      code: "three-year-plan-short",
      year: short + 1,
      cumulativeCents: s.financingPlan.years[short]!.cumulative,
    });
  }
  return warnings;
}
