import { type CostCategory, FORECAST_MONTHS } from "../../shared/codes/forecasts";
import {
  addFrom,
  allocate,
  depreciationSchedule,
  loanSchedule,
  mulDiv,
  yearly,
  zeros,
} from "./forecast-arithmetic";
import type { ForecastInputs, SalesLine, StaffLine } from "./forecast-inputs";
import {
  type CashFlowKey,
  cashFlowKeys,
  type DetailRow,
  type FinancingResource,
  type ForecastWarning,
  type IncomeStatementKey,
  incomeStatementKeys,
} from "./forecast-statements";

/**
 * The first half of the forecast engine (`compute.ts`): every input line booked, month by month
 * in integer cents, into the income-statement lines, the cash flows and the few series the
 * statements need besides (volunteering, public and private money, jobs, variable costs, the
 * financing received). The statements are then derived from this ledger alone.
 */

const M = FORECAST_MONTHS;
export const ONE = 10_000; // basis points for "unchanged"

/**
 * Aid per post, from the aid_rate table: the yearly amount for one full-time post, in cents, and
 * the contract kinds it is meant for (an IAE aid for CDDI posts, an EA aid for EA posts…).
 */
export type AidRate = { annualAmountCents: number; contractKinds: readonly string[]; label?: string };
export type AidRates = Readonly<Record<string, AidRate>>;

/** Multipliers in basis points (10 000 = unchanged), for the sensitivity view. */
export type Factors = { volumeBp: number; priceBp: number; grantBp: number; wageBp: number };
export const unchanged: Factors = { volumeBp: ONE, priceBp: ONE, grantBp: ONE, wageBp: ONE };

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

/**
 * The yearly aid per full-time post a staff line counts, or null. An aid meant for other contract
 * kinds (an EA aid on a CDDI post) counts only when the user confirmed the exception; either way
 * the statements say so, as they do for a code the reference table no longer has.
 */
function countedAid(line: StaffLine, aidRates: AidRates, warnings: ForecastWarning[]): number | null {
  if (!line.aidRateCode) return null;
  const about = { lineId: line.id, position: line.position, aidRateCode: line.aidRateCode };
  const rate = aidRates[line.aidRateCode];
  if (!rate) {
    warnings.push({ code: "aid-rate-unknown", ...about });
    return null;
  }
  if (rate.contractKinds.includes(line.contractKind)) return rate.annualAmountCents;
  const mismatch = {
    ...about,
    aidLabel: rate.label ?? line.aidRateCode,
    contractKind: line.contractKind,
    aidContractKinds: [...rate.contractKinds],
  };
  if (!line.aidRateException) {
    warnings.push({ code: "aid-rate-mismatch", ...mismatch });
    return null;
  }
  warnings.push({ code: "aid-rate-exception", ...mismatch });
  return rate.annualAmountCents;
}

/** What the input lines add up to, month by month, before any statement is drawn. */
export type ForecastLedger = {
  monthly: Record<IncomeStatementKey, number[]>;
  details: Record<IncomeStatementKey, DetailRow[]>;
  flows: Record<CashFlowKey, number[]>;
  volunteering: number[];
  inKind: number[];
  publicMonthly: number[];
  privateMonthly: number[];
  fte: number[];
  insertion: number[];
  disability: number[];
  variableCosts: number[];
  salesByLine: Map<string, { revenue: number[]; base: number[]; label: string }>;
  variableBySales: Map<string, number[]>;
  financingMonthly: Record<Exclude<FinancingResource, "openingCash">, number[]>;
  warnings: ForecastWarning[];
};

/** An empty ledger, every series at zero. */
function emptyLedger(): ForecastLedger {
  const monthly = {} as Record<IncomeStatementKey, number[]>;
  const details = {} as Record<IncomeStatementKey, DetailRow[]>;
  for (const key of incomeStatementKeys) {
    monthly[key] = zeros();
    details[key] = [];
  }
  const flows = {} as Record<CashFlowKey, number[]>;
  for (const key of cashFlowKeys) flows[key] = zeros();
  return {
    monthly,
    details,
    flows,
    volunteering: zeros(),
    inKind: zeros(),
    publicMonthly: zeros(),
    privateMonthly: zeros(),
    fte: zeros(),
    insertion: zeros(),
    disability: zeros(),
    variableCosts: zeros(),
    salesByLine: new Map(),
    variableBySales: new Map(),
    financingMonthly: { equity: zeros(), loans: zeros(), honourLoans: zeros(), investmentGrants: zeros() },
    warnings: [],
  };
}

/**
 * Adds one input line to an income-statement line, from month `from` (1-based), and to its
 * detail rows; returns the line's own monthly values.
 */
function addLine(
  ledger: ForecastLedger,
  key: IncomeStatementKey,
  line: { id: string; label: string },
  values: readonly number[],
  from = 1,
): number[] {
  const target = ledger.monthly[key];
  const scratch = zeros();
  addFrom(scratch, values, from);
  for (let m = 0; m < M; m++) target[m]! += scratch[m]!;
  ledger.details[key].push({ id: line.id, label: line.label, years: yearly(scratch) });
  return scratch;
}

/** Sales and contracts, donations, operating grants, volunteering and contributions in kind. */
function bookRevenues(
  ledger: ForecastLedger,
  inputs: ForecastInputs,
  factors: Factors,
  startCalendarMonth: number,
): void {
  const { flows } = ledger;
  for (const line of inputs.revenues) {
    switch (line.kind) {
      case "sales": {
        const revenue = salesRevenue(line, startCalendarMonth, factors.volumeBp, factors.priceBp);
        // Purchases in proportion to sales follow volumes, not prices: a dearer service costs the same to make.
        const base =
          factors.priceBp === ONE ? revenue : salesRevenue(line, startCalendarMonth, factors.volumeBp, ONE);
        ledger.salesByLine.set(line.id, { revenue, base, label: line.label });
        addLine(ledger, "revenue", line, revenue);
        addFrom(flows.salesReceipts, revenue, 1);
        break;
      }
      case "public_contract":
      case "subscription": {
        const values = inPeriod(line, line.monthlyAmountCents);
        addLine(ledger, "revenue", line, values);
        addFrom(flows.salesReceipts, values, 1);
        break;
      }
      case "donation": {
        const values = inPeriod(line, line.monthlyAmountCents);
        addLine(ledger, "donations", line, values);
        addFrom(flows.donationReceipts, values, 1);
        addFrom(ledger.privateMonthly, values, 1);
        break;
      }
      case "grant": {
        const amount =
          factors.grantBp === ONE ? line.amountCents : mulDiv(line.amountCents, factors.grantBp, ONE);
        const months = line.endMonth - line.startMonth + 1;
        const income = addLine(ledger, "operatingGrants", line, allocate(amount, months), line.startMonth);
        addFrom(line.funderKind === "private" ? ledger.privateMonthly : ledger.publicMonthly, income, 1);
        const paymentMonths = line.paymentMonths.length ? line.paymentMonths : [line.startMonth];
        allocate(amount, paymentMonths.length).forEach((part, k) => {
          flows.grantReceipts[paymentMonths[k]! - 1]! += part;
        });
        break;
      }
      case "volunteering":
      case "in_kind": {
        const values = inPeriod(line, line.monthlyValueCents);
        addFrom(line.kind === "volunteering" ? ledger.volunteering : ledger.inKind, values, 1);
        break;
      }
    }
  }
}

/** The staff plan: wages, charges, aid per post, and the jobs it counts. */
function bookStaff(
  ledger: ForecastLedger,
  inputs: ForecastInputs,
  aidRates: AidRates,
  factors: Factors,
): void {
  const { flows } = ledger;
  for (const line of inputs.staff) {
    const row = { id: line.id, label: line.position };
    const wage = mulDiv(line.grossMonthlySalaryCents, line.ftePermille * factors.wageBp, 1000 * ONE);
    const charges = mulDiv(wage, line.employerChargeRateBp, ONE);
    const aid = countedAid(line, aidRates, ledger.warnings);
    const yearlyAid = aid === null ? 0 : mulDiv(aid, line.ftePermille, 1000);
    addLine(ledger, "wages", row, inPeriod(line, wage));
    addLine(ledger, "socialCharges", row, inPeriod(line, charges));
    if (yearlyAid) {
      // Twelfths that add up to the yearly aid exactly over any twelve consecutive months.
      const twelfths = allocate(yearlyAid, 12);
      const monthlyAid = zeros();
      for (let m = line.startMonth; m <= line.endMonth; m++) monthlyAid[m - 1] = twelfths[(m - 1) % 12]!;
      const aids = addLine(ledger, "postAids", row, monthlyAid);
      addFrom(flows.aidReceipts, aids, 1);
      addFrom(ledger.publicMonthly, aids, 1);
    }
    addFrom(flows.wages, inPeriod(line, wage), 1);
    addFrom(flows.socialCharges, inPeriod(line, charges), 1);
    if (line.contractKind !== "volunteer") {
      for (let m = line.startMonth; m <= line.endMonth; m++) {
        ledger.fte[m - 1]! += line.ftePermille;
        if (line.contractKind === "cddi") ledger.insertion[m - 1]! += line.ftePermille;
        if (line.contractKind === "ea") ledger.disability[m - 1]! += line.ftePermille;
      }
    }
  }
}

/** Costs, fixed or in proportion to a sales line, paid monthly, quarterly or yearly. */
function bookCosts(ledger: ForecastLedger, inputs: ForecastInputs): void {
  for (const line of inputs.costs) {
    let accrued: number[];
    if (line.mode === "share_of_sales") {
      const sales = ledger.salesByLine.get(line.salesLineId ?? "");
      accrued = zeros();
      if (sales) {
        for (let m = line.startMonth; m <= line.endMonth; m++)
          accrued[m - 1] = mulDiv(sales.base[m - 1]!, line.shareBp, ONE);
        const own = ledger.variableBySales.get(line.salesLineId!) ?? zeros();
        addFrom(own, accrued, 1);
        ledger.variableBySales.set(line.salesLineId!, own);
        addFrom(ledger.variableCosts, accrued, 1);
      }
    } else {
      accrued = inPeriod(line, line.monthlyAmountCents);
    }
    const key = externalOf[line.category];
    addLine(ledger, key, line, accrued);
    addFrom(ledger.flows[key], paidWithTiming(accrued, line.timing), 1);
  }
}

/** Investments and their depreciation. */
function bookInvestments(ledger: ForecastLedger, inputs: ForecastInputs): void {
  for (const line of inputs.investments) {
    ledger.flows.investments[line.month - 1]! += line.amountCents;
    addLine(
      ledger,
      "depreciation",
      line,
      depreciationSchedule(line.amountCents, line.depreciationYears),
      line.month,
    );
  }
}

/** Equity, loans (interest and repayments), honour loans and investment grants. */
function bookFinancing(ledger: ForecastLedger, inputs: ForecastInputs): void {
  const { flows, financingMonthly } = ledger;
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
        addLine(ledger, "financialCharges", line, interest);
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
          ledger,
          "investmentGrantShare",
          line,
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
}

/** Books every line of a scenario. `factors` scale volumes, prices, grants and wages. */
export function bookInputs(inputs: ForecastInputs, aidRates: AidRates, factors: Factors): ForecastLedger {
  const ledger = emptyLedger();
  bookRevenues(ledger, inputs, factors, inputs.settings.startMonth);
  bookStaff(ledger, inputs, aidRates, factors);
  bookCosts(ledger, inputs);
  bookInvestments(ledger, inputs);
  bookFinancing(ledger, inputs);
  return ledger;
}
