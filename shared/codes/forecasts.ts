export const scenarioKinds = ["prudent", "central", "ambitious", "custom"] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];

/**
 * The forecast's vocabularies and its horizon, without zod: pages import them into the browser
 * bundle, the schema in `forecast-inputs.ts` builds on them.
 */
export const FORECAST_MONTHS = 36;

export const revenueKinds = [
  "sales",
  "public_contract",
  "subscription",
  "grant",
  "donation",
  "volunteering",
  "in_kind",
] as const;
export type RevenueKind = (typeof revenueKinds)[number];

export const grantStatuses = ["requested", "agreed", "paid"] as const;
export type GrantStatus = (typeof grantStatuses)[number];

export const contractKinds = ["cdi", "cdd", "cddi", "ea", "apprentice", "volunteer"] as const;
export type ContractKind = (typeof contractKinds)[number];

export const costCategories = ["purchases", "rent", "services", "taxes"] as const;
export type CostCategory = (typeof costCategories)[number];

export const costTimings = ["monthly", "quarterly", "yearly"] as const;
export type CostTiming = (typeof costTimings)[number];

/** The lines of the income statement and of the cash plan, in the order the statements show them. */
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

/** An aid-per-post line the statements point out (which line, which aid). */
type AidAbout = { lineId: string; position: string; aidRateCode: string };
type AidMismatch = AidAbout & { aidLabel: string; contractKind: ContractKind; aidContractKinds: string[] };

/**
 * What a reader must not miss, as codes with their figures (the page, the XLSX and the PDF word
 * them in French; the API returns them as they are). Months are 1..36, amounts in cents.
 */
export type ForecastWarning =
  /** No line produces a figure yet: nothing to compute. */
  | { code: "nothing-to-compute" }
  /** Month-end cash below zero in these months; the low point. */
  | { code: "negative-cash"; months: number[]; lowCents: number; lowMonth: number }
  /** The cumulative result does not stay at or above zero within the 36 months. */
  | { code: "break-even-not-reached"; cumulativeResultCents: number }
  /** The initial financing plan's resources fall short of its needs by `missingCents`. */
  | { code: "initial-plan-short"; needsCents: number; resourcesCents: number; missingCents: number }
  /** The three-year plan's cumulative balance is below zero at the end of this year (1..3). */
  | { code: "three-year-plan-short"; year: number; cumulativeCents: number }
  | ({ code: "aid-rate-unknown" } & AidAbout)
  /** An aid meant for other contract kinds, not confirmed: not counted. */
  | ({ code: "aid-rate-mismatch" } & AidMismatch)
  /** An aid meant for other contract kinds, confirmed by the user: counted, and shown. */
  | ({ code: "aid-rate-exception" } & AidMismatch);
