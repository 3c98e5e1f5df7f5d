import { FORECAST_MONTHS } from "../../shared/codes/forecasts";
import { mulDiv, sum, yearly, zeros } from "./forecast-arithmetic";
import type { ForecastInputs, RevenueLine } from "./forecast-inputs";
import { type AidRates, bookInputs, type Factors, ONE, unchanged } from "./forecast-ledger";
import {
  type CashFlowKey,
  cashFlowKeys,
  cashOutflows,
  type ForecastStatements,
  type IncomeStatementKey,
  incomeStatementKeys,
  operatingCharges,
  operatingProducts,
} from "./forecast-statements";
import { statementWarnings } from "./forecast-warnings";

export * from "./forecast-arithmetic";
export type { AidRate, AidRates, Factors } from "./forecast-ledger";
export * from "./forecast-statements";

/**
 * The forecast engine: pure (no I/O, no clock), integer cents, deterministic rounding (half away
 * from zero, on exact integers). Everything a statement shows is derived here from the inputs and
 * the aid-per-post rates, so the pages, the API, the XLSX and the PDF show the same figures.
 * Conventions (docs/decisions/0016-forecast-engine.md): amounts HT, no VAT and no corporate tax;
 * sales, contracts, subscriptions, donations, wages, social charges and aids are cashed the month
 * they are earned or incurred; costs follow their timing; grants are income over their period and
 * cash on their payment months; investments are depreciated month by month from their month.
 */

const M = FORECAST_MONTHS;
const YEARS = [0, 1, 2] as const;
/** The initial financing plan covers what happens in the first three months. */
const INITIAL_MONTHS = 3;

type Ledger = ReturnType<typeof bookInputs>;

/** Computes every statement of a scenario. `factors` scale volumes, prices, grants and wages. */
export function computeForecast(
  inputs: ForecastInputs,
  aidRates: AidRates,
  factors: Factors = unchanged,
): ForecastStatements {
  const { settings } = inputs;
  const ledger = bookInputs(inputs, aidRates, factors);
  const { monthly, details, volunteering, inKind, fte, insertion, disability } = ledger;
  const incomeStatement = incomeStatementOf(ledger);
  const cashPlan = cashPlanOf(settings.openingCashCents, ledger.flows);
  const empty = [...Object.values(monthly), ...Object.values(ledger.flows), volunteering, inKind].every(
    (values) => values.every((v) => v === 0),
  );
  const averageFte = (values: number[]) =>
    YEARS.map((y) => Math.round(sum(values.slice(y * 12, y * 12 + 12)) / 12));
  const fteYears = averageFte(fte);
  const insertionYears = averageFte(insertion);
  const disabilityYears = averageFte(disability);
  const statements: ForecastStatements = {
    empty,
    months: Array.from({ length: M }, (_, m) => {
      const index = settings.startMonth - 1 + m;
      return {
        month: m + 1,
        calendarYear: settings.startYear + Math.floor(index / 12),
        calendarMonth: (index % 12) + 1,
      };
    }),
    incomeStatement: {
      ...incomeStatement,
      details,
      volunteering: yearly(volunteering),
      inKind: yearly(inKind),
    },
    cashPlan,
    financingPlan: financingPlanOf(settings.openingCashCents, ledger, incomeStatement, cashPlan.net),
    breakEven: {
      years: breakEvenYearsOf(ledger, incomeStatement),
      month: breakEvenMonthOf(monthly),
    },
    resourceMix: resourceMixOf(ledger, incomeStatement.lines.revenue),
    jobs: {
      years: YEARS.map((y) => ({
        ftePermille: fteYears[y]!,
        insertionPermille: insertionYears[y]!,
        disabilityPermille: disabilityYears[y]!,
      })),
      final: {
        ftePermille: fte[M - 1]!,
        insertionPermille: insertion[M - 1]!,
        disabilityPermille: disability[M - 1]!,
      },
    },
    crossSubsidies: crossSubsidiesOf(inputs, ledger),
    warnings: ledger.warnings,
  };
  statements.warnings = [...ledger.warnings, ...statementWarnings(statements)];
  return statements;
}

type IncomeStatementTotals = Omit<
  ForecastStatements["incomeStatement"],
  "details" | "volunteering" | "inKind"
>;

function incomeStatementOf({ monthly }: Ledger): IncomeStatementTotals {
  const lines = {} as Record<IncomeStatementKey, number[]>;
  for (const key of incomeStatementKeys) lines[key] = yearly(monthly[key]);
  const totalOf = (keys: IncomeStatementKey[]) =>
    YEARS.map((y) => keys.reduce((s, k) => s + lines[k][y]!, 0));
  const products = totalOf(operatingProducts);
  const charges = totalOf(operatingCharges);
  const operatingResult = YEARS.map((y) => products[y]! - charges[y]!);
  const result = YEARS.map(
    (y) => operatingResult[y]! - lines.financialCharges[y]! + lines.investmentGrantShare[y]!,
  );
  return { lines, operatingProducts: products, operatingCharges: charges, operatingResult, result };
}

function cashPlanOf(openingCents: number, flows: Ledger["flows"]): ForecastStatements["cashPlan"] {
  const inflows = zeros();
  const outflows = zeros();
  const net = zeros();
  const cumulative = zeros();
  const outflowSet = new Set<CashFlowKey>(cashOutflows);
  let cash = openingCents;
  let low = { cents: Number.POSITIVE_INFINITY, month: 1 };
  for (let m = 0; m < M; m++) {
    let inSum = 0;
    let outSum = 0;
    for (const key of cashFlowKeys) {
      if (outflowSet.has(key)) outSum += flows[key][m]!;
      else inSum += flows[key][m]!;
    }
    inflows[m] = inSum;
    outflows[m] = outSum;
    net[m] = inSum - outSum;
    cash += net[m]!;
    cumulative[m] = cash;
    if (cash < low.cents) low = { cents: cash, month: m + 1 };
  }
  return { openingCents, flows, inflows, outflows, net, cumulative, low };
}

/**
 * The first month from which the cumulative result stays ≥ 0 to month 36. Months before the
 * first one with any product or charge do not count (a scenario whose activity starts in month 4
 * does not break even in month 1), and a scenario with none never breaks even: null.
 */
function breakEvenMonthOf(monthly: Ledger["monthly"]): number | null {
  const products = new Set<IncomeStatementKey>([...operatingProducts, "investmentGrantShare"]);
  let cumulative = 0;
  let active = false;
  let month: number | null = null;
  for (let m = 0; m < M; m++) {
    let r = 0;
    let moved = false;
    for (const key of incomeStatementKeys) {
      const v = monthly[key][m]!;
      if (v !== 0) moved = true;
      r += products.has(key) ? v : -v;
    }
    active ||= moved;
    cumulative += r;
    if (!active) continue;
    if (cumulative >= 0) month ??= m + 1;
    else month = null;
  }
  return month;
}

function breakEvenYearsOf(
  { variableCosts }: Ledger,
  { lines, operatingCharges: charges }: IncomeStatementTotals,
) {
  const variableYears = yearly(variableCosts);
  return YEARS.map((y) => {
    const revenue = lines.revenue[y]!;
    const variable = variableYears[y]!;
    const fixedCosts = charges[y]! - variable + lines.financialCharges[y]!;
    const otherIncome =
      lines.operatingGrants[y]! + lines.postAids[y]! + lines.donations[y]! + lines.investmentGrantShare[y]!;
    const toCover = fixedCosts - otherIncome;
    let breakEvenRevenue: number | null;
    if (toCover <= 0) breakEvenRevenue = 0;
    else if (revenue <= 0 || revenue - variable <= 0) breakEvenRevenue = null;
    else breakEvenRevenue = mulDiv(toCover, revenue, revenue - variable);
    return { revenue, variableCosts: variable, fixedCosts, otherIncome, breakEvenRevenue };
  });
}

/**
 * The initial plan (first three months) and the three-year plan. The start-of-activity cash need
 * is the depth of the cash plan's low point once the initial plan's own items are set aside
 * (opening cash, the financing received and the investments of the first three months): the
 * cash the activity itself consumes before it carries itself. So when the initial plan's
 * resources cover its needs, month-end cash stays ≥ 0 from month 3 on (property-tested).
 */
function financingPlanOf(
  openingCents: number,
  { flows, financingMonthly }: Ledger,
  { lines, result }: IncomeStatementTotals,
  net: number[],
): ForecastStatements["financingPlan"] {
  const initial = (values: number[]) => sum(values.slice(0, INITIAL_MONTHS));
  let withoutInitialItems = 0;
  let deepest = 0;
  for (let m = 0; m < M; m++) {
    withoutInitialItems += net[m]!;
    if (m < INITIAL_MONTHS) {
      withoutInitialItems +=
        flows.investments[m]! - flows.equity[m]! - flows.loans[m]! - flows.investmentGrants[m]!;
    }
    deepest = Math.min(deepest, withoutInitialItems);
  }
  const needs = { investments: initial(flows.investments), startingCash: Math.max(0, -deepest) };
  const resources = {
    equity: initial(financingMonthly.equity),
    loans: initial(financingMonthly.loans),
    honourLoans: initial(financingMonthly.honourLoans),
    investmentGrants: initial(financingMonthly.investmentGrants),
    openingCash: openingCents,
  };
  const totalNeeds = needs.investments + needs.startingCash;
  const totalResources = sum(Object.values(resources));
  const repaymentYears = yearly(flows.loanRepayments);
  let running = 0;
  const years = yearly(flows.investments).map((investments, y) => {
    const selfFinancing = result[y]! + lines.depreciation[y]! - lines.investmentGrantShare[y]!;
    const loanRepayments = repaymentYears[y]!;
    const yearResources = {
      selfFinancing,
      equity: yearly(financingMonthly.equity)[y]!,
      loans: yearly(financingMonthly.loans)[y]!,
      honourLoans: yearly(financingMonthly.honourLoans)[y]!,
      investmentGrants: yearly(financingMonthly.investmentGrants)[y]!,
      openingCash: y === 0 ? openingCents : 0,
    };
    const balance = sum(Object.values(yearResources)) - investments - loanRepayments;
    running += balance;
    return {
      needs: { investments, loanRepayments },
      resources: yearResources,
      balance,
      cumulative: running,
    };
  });
  return {
    initial: { needs, resources, totalNeeds, totalResources, gap: totalResources - totalNeeds },
    years,
  };
}

function resourceMixOf(
  { publicMonthly, privateMonthly, volunteering, inKind }: Ledger,
  revenue: number[],
): ForecastStatements["resourceMix"] {
  const years = YEARS.map((y) => ({
    market: revenue[y]!,
    public: yearly(publicMonthly)[y]!,
    privateNonMarket: yearly(privateMonthly)[y]!,
    volunteering: yearly(volunteering)[y]! + yearly(inKind)[y]!,
  }));
  const total = {
    market: sum(years.map((y) => y.market)),
    public: sum(years.map((y) => y.public)),
    privateNonMarket: sum(years.map((y) => y.privateNonMarket)),
    volunteering: sum(years.map((y) => y.volunteering)),
  };
  const grand = total.market + total.public + total.privateNonMarket + total.volunteering;
  const share = (v: number) => (grand > 0 ? mulDiv(v, ONE, grand) : 0);
  return {
    years,
    total,
    sharesBp: {
      market: share(total.market),
      public: share(total.public),
      privateNonMarket: share(total.privateNonMarket),
      volunteering: share(total.volunteering),
    },
  };
}

function crossSubsidiesOf(inputs: ForecastInputs, { salesByLine, variableBySales }: Ledger) {
  return inputs.crossSubsidies.map((line) => {
    const sales = salesByLine.get(line.fromSalesLineId);
    const variable = variableBySales.get(line.fromSalesLineId) ?? zeros();
    const margin = YEARS.map((y) => {
      const revenue = sales ? yearly(sales.revenue)[y]! : 0;
      return revenue - yearly(variable)[y]!;
    });
    const target = line.toRevenueLineId
      ? inputs.revenues.find((r) => r.id === line.toRevenueLineId)
      : undefined;
    return {
      id: line.id,
      label: line.label,
      from: sales?.label ?? line.fromSalesLineId,
      to: line.socialActivity || target?.label || "",
      margin,
      assigned: margin.map((value) => (value > 0 ? mulDiv(value, line.shareBp, ONE) : 0)),
    };
  });
}

export const sensitivityVariables = ["volumes", "prices", "grants", "wages"] as const;
export type SensitivityVariable = (typeof sensitivityVariables)[number];
export const sensitivityDeltasBp = [-2000, -1000, 1000, 2000] as const;

export type SensitivityRow = {
  variable: SensitivityVariable;
  deltaBp: number;
  result: number[];
  cashLow: { cents: number; month: number };
};

/** What a ±10/±20 % change of volumes, prices, grants or wages does to the result and the cash low point. */
export function computeSensitivity(inputs: ForecastInputs, aidRates: AidRates) {
  const base = computeForecast(inputs, aidRates);
  const rows: SensitivityRow[] = [];
  const key: Record<SensitivityVariable, keyof Factors> = {
    volumes: "volumeBp",
    prices: "priceBp",
    grants: "grantBp",
    wages: "wageBp",
  };
  for (const variable of sensitivityVariables) {
    for (const deltaBp of sensitivityDeltasBp) {
      const statements = computeForecast(inputs, aidRates, { ...unchanged, [key[variable]]: ONE + deltaBp });
      rows.push({
        variable,
        deltaBp,
        result: statements.incomeStatement.result,
        cashLow: statements.cashPlan.low,
      });
    }
  }
  return { base: { result: base.incomeStatement.result, cashLow: base.cashPlan.low }, rows };
}

export type RevenueLineOf<K extends RevenueLine["kind"]> = Extract<RevenueLine, { kind: K }>;
