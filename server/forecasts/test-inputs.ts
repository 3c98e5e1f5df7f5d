import { type ForecastInputs, type ForecastInputsInput, forecastInputs } from "./forecast-inputs";
import type { AidRate } from "./forecast-ledger";

/** The settings of the engine's test scenarios: from January 2027, no opening cash. */
export const settings = { startYear: 2027, startMonth: 1, openingCashCents: 0 };

/** A test scenario: the given lines with `settings` unless they bring their own. */
export const parse = (input: Partial<ForecastInputsInput>): ForecastInputs =>
  forecastInputs.parse({ settings, ...input });

/** An aid-per-post rate for the engine's tests: yearly cents per full-time post, for these contracts. */
export const aidRate = (annualAmountCents: number, ...contractKinds: string[]): AidRate => ({
  annualAmountCents,
  contractKinds,
});
