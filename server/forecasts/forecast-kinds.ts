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
