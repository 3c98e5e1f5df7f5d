import { type ForecastInputs, type ForecastInputsInput, forecastInputs } from "./forecast-inputs";

/** The settings of the engine's test scenarios: from January 2027, no opening cash. */
export const settings = { startYear: 2027, startMonth: 1, openingCashCents: 0 };

/** A test scenario: the given lines with `settings` unless they bring their own. */
export const parse = (input: Partial<ForecastInputsInput>): ForecastInputs =>
  forecastInputs.parse({ settings, ...input });
