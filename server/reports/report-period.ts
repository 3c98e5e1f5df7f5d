import { addDays, parisDayBounds } from "../../shared/time";

/** A report's period: two Paris calendar days, both included (`AAAA-MM-JJ`). */
export type ReportPeriod = { from: string; to: string };

/** The longest period a report covers: ten years (a figure over more is no report anyone asks for). */
export const MAX_PERIOD_DAYS = 3_660;

/** The calendar year `year`: 1 January to 31 December. */
export function calendarYear(year: number): ReportPeriod {
  return { from: `${String(year).padStart(4, "0")}-01-01`, to: `${String(year).padStart(4, "0")}-12-31` };
}

/** Days from `from` to `to`, both counted: a calendar year of 2026 is 365 days. */
export function periodLength(period: ReportPeriod): number {
  const day = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;
  return day(period.to) - day(period.from) + 1;
}

/**
 * The period of the same length that ends the day before `from`. A calendar year's previous
 * period is the year before when both have the same number of days; after a leap year it starts
 * one day later (2025 is compared with 2 January 2024 – 31 December 2024), never drifting by hand.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const to = addDays(period.from, -1);
  const from = addDays(to, -(periodLength(period) - 1));
  return { from, to };
}

/** The previous calendar year when the period is exactly one, else the same-length period before. */
export function comparisonPeriod(period: ReportPeriod): ReportPeriod {
  const year = Number(period.from.slice(0, 4));
  const whole = calendarYear(year);
  if (whole.from === period.from && whole.to === period.to) return calendarYear(year - 1);
  return previousPeriod(period);
}

/** The instants that bound the period in Paris time: `start` included, `end` excluded. */
export function periodInstants(period: ReportPeriod): { start: Date; end: Date } {
  return { start: parisDayBounds(period.from).start, end: parisDayBounds(period.to).end };
}
