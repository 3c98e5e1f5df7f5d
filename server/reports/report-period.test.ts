import { describe, expect, it } from "vitest";
import {
  calendarYear,
  comparisonPeriod,
  periodInstants,
  periodLength,
  previousPeriod,
} from "./report-period";

describe("a report's period", () => {
  it("is a calendar year from 1 January to 31 December, both days counted", () => {
    expect(calendarYear(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodLength(calendarYear(2026))).toBe(365);
    expect(periodLength(calendarYear(2024))).toBe(366);
    expect(periodLength({ from: "2026-03-15", to: "2026-03-15" })).toBe(1);
  });

  it("is compared with the period of the same length that ends the day before", () => {
    expect(previousPeriod({ from: "2026-04-01", to: "2026-06-30" })).toEqual({
      from: "2025-12-31",
      to: "2026-03-31",
    });
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-01" })).toEqual({
      from: "2026-02-28",
      to: "2026-02-28",
    });
  });

  it("compares a calendar year with the year before, leap years included", () => {
    expect(comparisonPeriod(calendarYear(2025))).toEqual(calendarYear(2024));
    expect(comparisonPeriod(calendarYear(2026))).toEqual(calendarYear(2025));
    // 181 days: 4 July to 31 December 2025.
    expect(comparisonPeriod({ from: "2026-01-01", to: "2026-06-30" })).toEqual({
      from: "2025-07-04",
      to: "2025-12-31",
    });
  });

  it("starts and ends at midnight in Paris, in winter and in summer", () => {
    expect(periodInstants(calendarYear(2026))).toEqual({
      start: new Date("2025-12-31T23:00:00.000Z"),
      end: new Date("2026-12-31T23:00:00.000Z"),
    });
    expect(periodInstants({ from: "2026-07-01", to: "2026-07-31" })).toEqual({
      start: new Date("2026-06-30T22:00:00.000Z"),
      end: new Date("2026-07-31T22:00:00.000Z"),
    });
  });
});
