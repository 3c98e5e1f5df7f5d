import { describe, expect, it } from "vitest";
import { monthRanges } from "../../shared/i18n/forecast-warnings";
import { computeForecast } from "./compute";
import { aidRate, parse, settings } from "./test-inputs";

const rent = { id: "loyer", label: "Loyer", category: "rent" as const, monthlyAmountCents: 1_000_00 };
const sales = (startMonth: number, unitPriceCents: number) => ({
  kind: "sales" as const,
  id: "ventes",
  label: "Repas",
  volumePerMonth: 1,
  unitPriceCents,
  startMonth,
});

describe("what the statements warn about", () => {
  it("nine months of negative cash are named, with the low point", () => {
    // 1 000 € of rent a month, sales of 10 000 € a month from month 10: cash is back to 0 in month 10.
    const s = computeForecast(parse({ revenues: [sales(10, 10_000_00)], costs: [rent] }), {});
    expect(s.warnings).toContainEqual({
      code: "negative-cash",
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      lowCents: -9_000_00,
      lowMonth: 9,
    });
    expect(s.breakEven.month).toBe(10);
    expect(s.warnings.map((w) => w.code)).not.toContain("break-even-not-reached");
  });

  it("an empty forecast has nothing to compute, and does not break even in month 1", () => {
    const s = computeForecast(parse({}), {});
    expect(s.empty).toBe(true);
    expect(s.breakEven.month).toBeNull();
    expect(s.warnings).toEqual([{ code: "nothing-to-compute" }]);
    // A line just added, still at zero, computes nothing either.
    expect(computeForecast(parse({ revenues: [sales(1, 0)] }), {}).empty).toBe(true);
  });

  it("a break-even never reached within the 36 months is said, with the cumulative result", () => {
    const s = computeForecast(parse({ costs: [rent] }), {});
    expect(s.empty).toBe(false);
    expect(s.breakEven.month).toBeNull();
    expect(s.warnings).toContainEqual({ code: "break-even-not-reached", cumulativeResultCents: -36_000_00 });
  });

  it("months before any activity do not count as break-even", () => {
    const s = computeForecast(parse({ revenues: [sales(4, 500_00)] }), {});
    expect(s.breakEven.month).toBe(4);
  });

  it("a financing plan that does not close is said, initial and over three years", () => {
    const s = computeForecast(
      parse({
        investments: [{ id: "four", label: "Four", amountCents: 10_000_00, month: 1, depreciationYears: 0 }],
        financing: [{ kind: "equity", id: "apport", label: "Apport", amountCents: 4_000_00, month: 1 }],
      }),
      {},
    );
    expect(s.financingPlan.initial).toMatchObject({ totalNeeds: 10_000_00, totalResources: 4_000_00 });
    expect(s.warnings).toContainEqual({
      code: "initial-plan-short",
      needsCents: 10_000_00,
      resourcesCents: 4_000_00,
      missingCents: 6_000_00,
    });
    expect(s.warnings).toContainEqual({ code: "three-year-plan-short", year: 1, cumulativeCents: -6_000_00 });
  });

  it("the start-of-activity cash need is the cash plan's low point without the initial plan's own items", () => {
    // Opening cash 5 000 €, rent 1 000 € a month, sales of 1 500 € a month from month 7, a loan in month 12.
    const s = computeForecast(
      parse({
        settings: { ...settings, openingCashCents: 5_000_00 },
        revenues: [sales(7, 1_500_00)],
        costs: [rent],
        financing: [
          {
            kind: "loan",
            id: "pret",
            label: "Prêt",
            amountCents: 10_000_00,
            month: 12,
            annualRateBp: 0,
            durationMonths: 120,
          },
        ],
      }),
      {},
    );
    expect(s.cashPlan.low).toEqual({ cents: -1_000_00, month: 6 });
    expect(s.financingPlan.initial.needs.startingCash).toBe(6_000_00);
    expect(s.financingPlan.initial.gap).toBe(-1_000_00);
    // A plan with no deficit needs no starting cash, and says 0, not -0.
    const none = computeForecast(parse({ revenues: [sales(1, 100_00)] }), {});
    expect(Object.is(none.financingPlan.initial.needs.startingCash, 0)).toBe(true);
  });

  it("writes consecutive months as ranges", () => {
    expect(monthRanges([1, 2, 3, 7, 9, 10])).toEqual([
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
  });
});

describe("aid per post and contract kinds", () => {
  const rates = { "iae-ei": aidRate(12_459_00, "cddi"), "ea-socle-moins-50": aidRate(18_230_00, "ea") };
  const post = (aidRateCode: string, aidRateException = false) =>
    parse({
      staff: [
        {
          id: "esth",
          position: "Esthéticiennes en insertion",
          ftePermille: 4000,
          grossMonthlySalaryCents: 1_800_00,
          employerChargeRateBp: 2000,
          contractKind: "cddi",
          aidRateCode,
          aidRateException,
        },
      ],
    });

  it("counts an aid meant for the post's contract", () => {
    const s = computeForecast(post("iae-ei"), rates);
    expect(s.incomeStatement.lines.postAids[0]).toBe(49_836_00);
    expect(s.warnings.map((w) => w.code)).not.toContain("aid-rate-mismatch");
  });

  it("does not count an entreprise adaptée aid on a CDDI post unless the exception is confirmed, and says so", () => {
    const refused = computeForecast(post("ea-socle-moins-50"), rates);
    expect(refused.incomeStatement.lines.postAids[0]).toBe(0);
    expect(refused.warnings).toContainEqual({
      code: "aid-rate-mismatch",
      lineId: "esth",
      position: "Esthéticiennes en insertion",
      aidRateCode: "ea-socle-moins-50",
      aidLabel: "ea-socle-moins-50",
      contractKind: "cddi",
      aidContractKinds: ["ea"],
    });
    const confirmed = computeForecast(post("ea-socle-moins-50", true), rates);
    expect(confirmed.incomeStatement.lines.postAids[0]).toBe(72_920_00);
    expect(confirmed.warnings).toContainEqual(expect.objectContaining({ code: "aid-rate-exception" }));
  });

  it("says when a line's aid is no longer in the reference table", () => {
    const s = computeForecast(post("iae-disparue"), rates);
    expect(s.warnings).toContainEqual(
      expect.objectContaining({ code: "aid-rate-unknown", aidRateCode: "iae-disparue" }),
    );
  });
});
