import { mulDiv, sum, yearly, zeros } from "./forecast-arithmetic";
import type { ForecastInputs, RevenueLine } from "./forecast-inputs";
import { FORECAST_MONTHS } from "./forecast-kinds";
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

export * from "./forecast-arithmetic";
export type { AidRates, Factors } from "./forecast-ledger";
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

/** Computes every statement of a scenario. `factors` scale volumes, prices, grants and wages. */
export function computeForecast(
  inputs: ForecastInputs,
  aidRates: AidRates,
  factors: Factors = unchanged,
): ForecastStatements {
  const { settings } = inputs;
  const {
    monthly,
    details,
    flows,
    volunteering,
    inKind,
    publicMonthly,
    privateMonthly,
    fte,
    insertion,
    disability,
    variableCosts,
    salesByLine,
    variableBySales,
    financingMonthly,
    warnings,
  } = bookInputs(inputs, aidRates, factors);

  // Income statement.
  const lines = {} as Record<IncomeStatementKey, number[]>;
  for (const key of incomeStatementKeys) lines[key] = yearly(monthly[key]);
  const totalOf = (keys: IncomeStatementKey[]) =>
    [0, 1, 2].map((y) => keys.reduce((s, k) => s + lines[k][y]!, 0));
  const products = totalOf(operatingProducts);
  const charges = totalOf(operatingCharges);
  const operatingResult = [0, 1, 2].map((y) => products[y]! - charges[y]!);
  const result = [0, 1, 2].map(
    (y) => operatingResult[y]! - lines.financialCharges[y]! + lines.investmentGrantShare[y]!,
  );

  // Cash plan.
  const inflows = zeros();
  const outflows = zeros();
  const net = zeros();
  const cumulative = zeros();
  const outflowSet = new Set<CashFlowKey>(cashOutflows);
  let cash = settings.openingCashCents;
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

  // Break-even: the month from which the cumulative result stays ≥ 0 to the end.
  let monthResult = 0;
  let breakEvenMonth: number | null = null;
  for (let m = 0; m < M; m++) {
    let r = 0;
    for (const key of operatingProducts) r += monthly[key][m]!;
    for (const key of operatingCharges) r -= monthly[key][m]!;
    r += monthly.investmentGrantShare[m]! - monthly.financialCharges[m]!;
    monthResult += r;
    if (monthResult >= 0) breakEvenMonth ??= m + 1;
    else breakEvenMonth = null;
  }
  const variableYears = yearly(variableCosts);
  const breakEvenYears = [0, 1, 2].map((y) => {
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

  // Financing plan.
  const initialMonths = 3;
  const firstMonths = (values: number[]) => sum(values.slice(0, initialMonths));
  let operatingLow = 0;
  let operatingCash = 0;
  for (let m = 0; m < M; m++) {
    operatingCash +=
      net[m]! +
      flows.investments[m]! -
      flows.equity[m]! -
      flows.loans[m]! -
      flows.investmentGrants[m]! +
      flows.loanRepayments[m]!;
    operatingLow = Math.min(operatingLow, operatingCash);
  }
  const financingYears = yearly(flows.investments).map((investments, y) => {
    const selfFinancing = result[y]! + lines.depreciation[y]! - lines.investmentGrantShare[y]!;
    const loanRepayments = yearly(flows.loanRepayments)[y]!;
    const resources = {
      selfFinancing,
      equity: yearly(financingMonthly.equity)[y]!,
      loans: yearly(financingMonthly.loans)[y]!,
      honourLoans: yearly(financingMonthly.honourLoans)[y]!,
      investmentGrants: yearly(financingMonthly.investmentGrants)[y]!,
      openingCash: y === 0 ? settings.openingCashCents : 0,
    };
    const resourceTotal = Object.values(resources).reduce((s, v) => s + v, 0);
    return {
      needs: { investments, loanRepayments },
      resources,
      balance: resourceTotal - investments - loanRepayments,
    };
  });
  let running = 0;
  const financingPlanYears = financingYears.map((year) => {
    running += year.balance;
    return { ...year, cumulative: running };
  });

  // Resource mix.
  const mixYears = [0, 1, 2].map((y) => ({
    market: lines.revenue[y]!,
    public: yearly(publicMonthly)[y]!,
    privateNonMarket: yearly(privateMonthly)[y]!,
    volunteering: yearly(volunteering)[y]! + yearly(inKind)[y]!,
  }));
  const total = {
    market: sum(mixYears.map((y) => y.market)),
    public: sum(mixYears.map((y) => y.public)),
    privateNonMarket: sum(mixYears.map((y) => y.privateNonMarket)),
    volunteering: sum(mixYears.map((y) => y.volunteering)),
  };
  const grand = total.market + total.public + total.privateNonMarket + total.volunteering;
  const share = (v: number) => (grand > 0 ? mulDiv(v, ONE, grand) : 0);

  // Cross-subsidies.
  const crossSubsidies = inputs.crossSubsidies.map((line) => {
    const sales = salesByLine.get(line.fromSalesLineId);
    const variable = variableBySales.get(line.fromSalesLineId) ?? zeros();
    const margin = [0, 1, 2].map((y) => {
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

  const averageFte = (values: number[]) =>
    [0, 1, 2].map((y) => Math.round(sum(values.slice(y * 12, y * 12 + 12)) / 12));
  const fteYears = averageFte(fte);
  const insertionYears = averageFte(insertion);
  const disabilityYears = averageFte(disability);

  return {
    months: Array.from({ length: M }, (_, m) => {
      const index = settings.startMonth - 1 + m;
      return {
        month: m + 1,
        calendarYear: settings.startYear + Math.floor(index / 12),
        calendarMonth: (index % 12) + 1,
      };
    }),
    incomeStatement: {
      lines,
      details,
      operatingProducts: products,
      operatingCharges: charges,
      operatingResult,
      result,
      volunteering: yearly(volunteering),
      inKind: yearly(inKind),
    },
    cashPlan: {
      openingCents: settings.openingCashCents,
      flows,
      inflows,
      outflows,
      net,
      cumulative,
      low,
    },
    financingPlan: {
      initial: {
        needs: { investments: firstMonths(flows.investments), startingCash: -operatingLow },
        resources: {
          equity: firstMonths(financingMonthly.equity),
          loans: firstMonths(financingMonthly.loans),
          honourLoans: firstMonths(financingMonthly.honourLoans),
          investmentGrants: firstMonths(financingMonthly.investmentGrants),
          openingCash: settings.openingCashCents,
        },
      },
      years: financingPlanYears,
    },
    breakEven: { years: breakEvenYears, month: breakEvenMonth },
    resourceMix: {
      years: mixYears,
      total,
      sharesBp: {
        market: share(total.market),
        public: share(total.public),
        privateNonMarket: share(total.privateNonMarket),
        volunteering: share(total.volunteering),
      },
    },
    jobs: {
      years: [0, 1, 2].map((y) => ({
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
    crossSubsidies,
    warnings,
  };
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
