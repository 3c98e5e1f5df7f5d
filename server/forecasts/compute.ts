import {
  addFrom,
  allocate,
  depreciationSchedule,
  loanSchedule,
  mulDiv,
  sum,
  yearly,
  zeros,
} from "./forecast-arithmetic";
import type { ForecastInputs, RevenueLine, SalesLine } from "./forecast-inputs";
import { type CostCategory, FORECAST_MONTHS } from "./forecast-kinds";
import {
  type CashFlowKey,
  cashFlowKeys,
  cashOutflows,
  type DetailRow,
  type FinancingResource,
  type ForecastStatements,
  type IncomeStatementKey,
  incomeStatementKeys,
  operatingCharges,
  operatingProducts,
} from "./forecast-statements";

export * from "./forecast-arithmetic";
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
const ONE = 10_000; // basis points for "unchanged"

/** Aid per post: code → yearly amount per full-time post, in cents (from the aid_rate table). */
export type AidRates = Readonly<Record<string, number>>;

/** Multipliers in basis points (10 000 = unchanged), for the sensitivity view. */
export type Factors = { volumeBp: number; priceBp: number; grantBp: number; wageBp: number };
const unchanged: Factors = { volumeBp: ONE, priceBp: ONE, grantBp: ONE, wageBp: ONE };

function salesRevenue(
  line: SalesLine,
  startCalendarMonth: number,
  volumeBp: number,
  priceBp: number,
): number[] {
  const out = zeros();
  const base = line.volumePerMonth * line.unitPriceCents;
  for (let m = line.startMonth; m <= line.endMonth; m++) {
    const k = m - line.startMonth;
    const season = line.seasonality[(startCalendarMonth - 1 + m - 1) % 12]!;
    const rampNum = line.rampUpMonths > 0 && k < line.rampUpMonths ? k + 1 : 1;
    const rampDen = line.rampUpMonths > 0 && k < line.rampUpMonths ? line.rampUpMonths + 1 : 1;
    let cents = mulDiv(base, rampNum * season, rampDen * 1000);
    if (volumeBp !== ONE || priceBp !== ONE) cents = mulDiv(cents, volumeBp * priceBp, ONE * ONE);
    out[m - 1] = cents;
  }
  return out;
}

function inPeriod(line: { startMonth: number; endMonth: number }, monthly: number): number[] {
  const out = zeros();
  for (let m = line.startMonth; m <= line.endMonth; m++) out[m - 1] = monthly;
  return out;
}

/** Charges paid in arrears every 3 or 12 months (months 3, 6… or 12, 24, 36). */
function paidWithTiming(accrued: readonly number[], timing: "monthly" | "quarterly" | "yearly"): number[] {
  if (timing === "monthly") return accrued.slice();
  const every = timing === "quarterly" ? 3 : 12;
  const out = zeros();
  let owed = 0;
  for (let m = 0; m < M; m++) {
    owed += accrued[m]!;
    if ((m + 1) % every === 0) {
      out[m] = owed;
      owed = 0;
    }
  }
  return out;
}

const externalOf: Record<CostCategory, "purchases" | "externalCharges" | "taxes"> = {
  purchases: "purchases",
  rent: "externalCharges",
  services: "externalCharges",
  taxes: "taxes",
};

/** Computes every statement of a scenario. `factors` scale volumes, prices, grants and wages. */
export function computeForecast(
  inputs: ForecastInputs,
  aidRates: AidRates,
  factors: Factors = unchanged,
): ForecastStatements {
  const { settings } = inputs;
  const warnings: string[] = [];
  const monthly = {} as Record<IncomeStatementKey, number[]>;
  const details = {} as Record<IncomeStatementKey, DetailRow[]>;
  for (const key of incomeStatementKeys) {
    monthly[key] = zeros();
    details[key] = [];
  }
  const flows = {} as Record<CashFlowKey, number[]>;
  for (const key of cashFlowKeys) flows[key] = zeros();
  const volunteering = zeros();
  const inKind = zeros();
  const publicMonthly = zeros();
  const privateMonthly = zeros();

  const addLine = (
    key: IncomeStatementKey,
    id: string,
    label: string,
    values: readonly number[],
    from = 1,
  ) => {
    const target = monthly[key];
    const before = details[key];
    const scratch = zeros();
    addFrom(scratch, values, from);
    for (let m = 0; m < M; m++) target[m]! += scratch[m]!;
    before.push({ id, label, years: yearly(scratch) });
    return scratch;
  };

  // Revenue lines.
  const salesByLine = new Map<string, { revenue: number[]; base: number[]; label: string }>();
  const revenueByLine = new Map<string, number[]>();
  for (const line of inputs.revenues) {
    switch (line.kind) {
      case "sales": {
        const revenue = salesRevenue(line, settings.startMonth, factors.volumeBp, factors.priceBp);
        // Purchases in proportion to sales follow volumes, not prices: a dearer service costs the same to make.
        const base =
          factors.priceBp === ONE ? revenue : salesRevenue(line, settings.startMonth, factors.volumeBp, ONE);
        salesByLine.set(line.id, { revenue, base, label: line.label });
        revenueByLine.set(line.id, revenue);
        addLine("revenue", line.id, line.label, revenue);
        addFrom(flows.salesReceipts, revenue, 1);
        break;
      }
      case "public_contract":
      case "subscription": {
        const values = inPeriod(line, line.monthlyAmountCents);
        revenueByLine.set(line.id, values);
        addLine("revenue", line.id, line.label, values);
        addFrom(flows.salesReceipts, values, 1);
        break;
      }
      case "donation": {
        const values = inPeriod(line, line.monthlyAmountCents);
        revenueByLine.set(line.id, values);
        addLine("donations", line.id, line.label, values);
        addFrom(flows.donationReceipts, values, 1);
        addFrom(privateMonthly, values, 1);
        break;
      }
      case "grant": {
        const amount =
          factors.grantBp === ONE ? line.amountCents : mulDiv(line.amountCents, factors.grantBp, ONE);
        const months = line.endMonth - line.startMonth + 1;
        const income = addLine(
          "operatingGrants",
          line.id,
          line.label,
          allocate(amount, months),
          line.startMonth,
        );
        revenueByLine.set(line.id, income);
        addFrom(line.funderKind === "private" ? privateMonthly : publicMonthly, income, 1);
        const paymentMonths = line.paymentMonths.length ? line.paymentMonths : [line.startMonth];
        allocate(amount, paymentMonths.length).forEach((part, k) => {
          flows.grantReceipts[paymentMonths[k]! - 1]! += part;
        });
        break;
      }
      case "volunteering":
      case "in_kind": {
        const values = inPeriod(line, line.monthlyValueCents);
        revenueByLine.set(line.id, values);
        addFrom(line.kind === "volunteering" ? volunteering : inKind, values, 1);
        break;
      }
    }
  }

  // Staff plan.
  const fte = zeros();
  const insertion = zeros();
  const disability = zeros();
  for (const line of inputs.staff) {
    const wage = mulDiv(line.grossMonthlySalaryCents, line.ftePermille * factors.wageBp, 1000 * ONE);
    const charges = mulDiv(wage, line.employerChargeRateBp, ONE);
    let yearlyAid = 0;
    if (line.aidRateCode) {
      const annual = aidRates[line.aidRateCode];
      if (annual === undefined) warnings.push(`aid-rate-unknown:${line.aidRateCode}`);
      else yearlyAid = mulDiv(annual, line.ftePermille, 1000);
    }
    addLine("wages", line.id, line.position, inPeriod(line, wage));
    addLine("socialCharges", line.id, line.position, inPeriod(line, charges));
    if (yearlyAid) {
      // Twelfths that add up to the yearly aid exactly over any twelve consecutive months.
      const twelfths = allocate(yearlyAid, 12);
      const monthlyAid = zeros();
      for (let m = line.startMonth; m <= line.endMonth; m++) monthlyAid[m - 1] = twelfths[(m - 1) % 12]!;
      const aids = addLine("postAids", line.id, line.position, monthlyAid);
      addFrom(flows.aidReceipts, aids, 1);
      addFrom(publicMonthly, aids, 1);
    }
    addFrom(flows.wages, inPeriod(line, wage), 1);
    addFrom(flows.socialCharges, inPeriod(line, charges), 1);
    if (line.contractKind !== "volunteer") {
      for (let m = line.startMonth; m <= line.endMonth; m++) {
        fte[m - 1]! += line.ftePermille;
        if (line.contractKind === "cddi") insertion[m - 1]! += line.ftePermille;
        if (line.contractKind === "ea") disability[m - 1]! += line.ftePermille;
      }
    }
  }

  // Costs.
  const variableCosts = zeros();
  const variableBySales = new Map<string, number[]>();
  for (const line of inputs.costs) {
    let accrued: number[];
    if (line.mode === "share_of_sales") {
      const sales = salesByLine.get(line.salesLineId ?? "");
      accrued = zeros();
      if (sales) {
        for (let m = line.startMonth; m <= line.endMonth; m++)
          accrued[m - 1] = mulDiv(sales.base[m - 1]!, line.shareBp, ONE);
        const own = variableBySales.get(line.salesLineId!) ?? zeros();
        addFrom(own, accrued, 1);
        variableBySales.set(line.salesLineId!, own);
        addFrom(variableCosts, accrued, 1);
      }
    } else {
      accrued = inPeriod(line, line.monthlyAmountCents);
    }
    const key = externalOf[line.category];
    addLine(key, line.id, line.label, accrued);
    addFrom(flows[key], paidWithTiming(accrued, line.timing), 1);
  }

  // Investments.
  for (const line of inputs.investments) {
    flows.investments[line.month - 1]! += line.amountCents;
    addLine(
      "depreciation",
      line.id,
      line.label,
      depreciationSchedule(line.amountCents, line.depreciationYears),
      line.month,
    );
  }

  // Financing.
  const financingMonthly: Record<Exclude<FinancingResource, "openingCash">, number[]> = {
    equity: zeros(),
    loans: zeros(),
    honourLoans: zeros(),
    investmentGrants: zeros(),
  };
  const repayments = zeros();
  for (const line of inputs.financing) {
    switch (line.kind) {
      case "equity":
        flows.equity[line.month - 1]! += line.amountCents;
        financingMonthly.equity[line.month - 1]! += line.amountCents;
        break;
      case "loan": {
        flows.loans[line.month - 1]! += line.amountCents;
        financingMonthly.loans[line.month - 1]! += line.amountCents;
        const interest = zeros();
        for (const instalment of loanSchedule(
          line.amountCents,
          line.annualRateBp,
          line.durationMonths,
          line.month,
        )) {
          if (instalment.month > M) break;
          interest[instalment.month - 1]! += instalment.interest;
          repayments[instalment.month - 1]! += instalment.principal;
        }
        addLine("financialCharges", line.id, line.label, interest);
        addFrom(flows.interest, interest, 1);
        break;
      }
      case "honour_loan": {
        flows.loans[line.month - 1]! += line.amountCents;
        financingMonthly.honourLoans[line.month - 1]! += line.amountCents;
        addFrom(
          repayments,
          allocate(line.amountCents, line.durationMonths),
          line.month + 1 + line.deferralMonths,
        );
        break;
      }
      case "investment_grant": {
        flows.investmentGrants[line.month - 1]! += line.amountCents;
        financingMonthly.investmentGrants[line.month - 1]! += line.amountCents;
        addLine(
          "investmentGrantShare",
          line.id,
          line.label,
          depreciationSchedule(line.amountCents, line.depreciationYears),
          line.month,
        );
        break;
      }
      case "guarantee":
        break;
    }
  }
  addFrom(flows.loanRepayments, repayments, 1);

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
