import type { CashFlowKey, ForecastWarning, IncomeStatementKey } from "../../shared/codes/forecasts";

export {
  type CashFlowKey,
  cashFlowKeys,
  cashOutflows,
  type ForecastWarning,
  type IncomeStatementKey,
  incomeStatementKeys,
  operatingCharges,
  operatingProducts,
} from "../../shared/codes/forecasts";

/** The shapes of the forecast's statements: income statement and cash-plan lines, and what the engine returns. */

/** One input line's share of a statement line, per year (for the detail rows and the XLSX). */
export type DetailRow = { id: string; label: string; years: number[] };

export type ForecastStatements = {
  /** True when no line produces any figure: the statements are all zero, nothing is computed yet. */
  empty: boolean;
  months: { month: number; calendarYear: number; calendarMonth: number }[];
  incomeStatement: {
    lines: Record<IncomeStatementKey, number[]>;
    details: Record<IncomeStatementKey, DetailRow[]>;
    operatingProducts: number[];
    operatingCharges: number[];
    operatingResult: number[];
    result: number[];
    /** Contributions volontaires en nature: valued, shown below the result, never in it. */
    volunteering: number[];
    inKind: number[];
  };
  cashPlan: {
    openingCents: number;
    flows: Record<CashFlowKey, number[]>;
    inflows: number[];
    outflows: number[];
    net: number[];
    cumulative: number[];
    low: { cents: number; month: number };
  };
  financingPlan: {
    initial: {
      /**
       * `startingCash`: the start-of-activity cash need, the depth of the cash plan's low point
       * without the initial plan's own resources and investments (docs/decisions/0034).
       */
      needs: { investments: number; startingCash: number };
      resources: Record<FinancingResource, number>;
      totalNeeds: number;
      totalResources: number;
      /** Resources − needs: 0 when the plan closes. */
      gap: number;
    };
    years: {
      needs: { investments: number; loanRepayments: number };
      resources: Record<FinancingResource, number> & { selfFinancing: number };
      balance: number;
      cumulative: number;
    }[];
  };
  breakEven: {
    years: {
      revenue: number;
      variableCosts: number;
      fixedCosts: number;
      otherIncome: number;
      breakEvenRevenue: number | null;
    }[];
    month: number | null;
  };
  resourceMix: {
    years: Record<ResourceKind, number>[];
    total: Record<ResourceKind, number>;
    /** Shares of the three-year total, in basis points. */
    sharesBp: Record<ResourceKind, number>;
  };
  jobs: {
    /** Average FTE over each year, in per-mille (1000 = 1 FTE); volunteers are not jobs. */
    years: { ftePermille: number; insertionPermille: number; disabilityPermille: number }[];
    /** FTE in the last month (month 36). */
    final: { ftePermille: number; insertionPermille: number; disabilityPermille: number };
  };
  crossSubsidies: {
    id: string;
    label: string;
    from: string;
    to: string;
    margin: number[];
    assigned: number[];
  }[];
  warnings: ForecastWarning[];
};

export type FinancingResource = "equity" | "loans" | "honourLoans" | "investmentGrants" | "openingCash";
export type ResourceKind = "market" | "public" | "privateNonMarket" | "volunteering";
