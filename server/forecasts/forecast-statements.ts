/** The shapes of the forecast's statements: income statement and cash-plan lines, and what the engine returns. */

export const incomeStatementKeys = [
  "revenue",
  "operatingGrants",
  "postAids",
  "donations",
  "purchases",
  "externalCharges",
  "taxes",
  "wages",
  "socialCharges",
  "depreciation",
  "financialCharges",
  "investmentGrantShare",
] as const;
export type IncomeStatementKey = (typeof incomeStatementKeys)[number];
/** Products of the operating result; the rest of the operating lines are charges. */
export const operatingProducts: IncomeStatementKey[] = [
  "revenue",
  "operatingGrants",
  "postAids",
  "donations",
];
export const operatingCharges: IncomeStatementKey[] = [
  "purchases",
  "externalCharges",
  "taxes",
  "wages",
  "socialCharges",
  "depreciation",
];

export const cashFlowKeys = [
  "salesReceipts",
  "grantReceipts",
  "donationReceipts",
  "aidReceipts",
  "equity",
  "loans",
  "investmentGrants",
  "purchases",
  "externalCharges",
  "taxes",
  "wages",
  "socialCharges",
  "investments",
  "loanRepayments",
  "interest",
] as const;
export type CashFlowKey = (typeof cashFlowKeys)[number];
export const cashOutflows: CashFlowKey[] = [
  "purchases",
  "externalCharges",
  "taxes",
  "wages",
  "socialCharges",
  "investments",
  "loanRepayments",
  "interest",
];

/** One input line's share of a statement line, per year (for the detail rows and the XLSX). */
export type DetailRow = { id: string; label: string; years: number[] };

export type ForecastStatements = {
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
      needs: { investments: number; startingCash: number };
      resources: Record<FinancingResource, number>;
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
  warnings: string[];
};

export type FinancingResource = "equity" | "loans" | "honourLoans" | "investmentGrants" | "openingCash";
export type ResourceKind = "market" | "public" | "privateNonMarket" | "volunteering";
