import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  computeForecast,
  computeSensitivity,
  depreciationSchedule,
  loanSchedule,
  mulDiv,
} from "./compute";
import { aidRate, parse, settings } from "./test-inputs";

describe("rounding helpers", () => {
  it("rounds half away from zero, also beyond safe integers", () => {
    expect(mulDiv(5, 1, 2)).toBe(3);
    expect(mulDiv(-5, 1, 2)).toBe(-3);
    expect(mulDiv(4, 1, 3)).toBe(1);
    expect(mulDiv(10_000_000_000, 1_000_000_000, 3_000_000_000)).toBe(3_333_333_333);
  });

  it("allocates a total into parts that sum to it exactly", () => {
    expect(allocate(100, 3)).toEqual([33, 33, 34]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 600 }),
        (total, parts) => {
          const shares = allocate(total, parts);
          expect(shares.reduce((s, v) => s + v, 0)).toBe(total);
          expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("depreciation sums exactly to the investment amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        (amount, years) => {
          const schedule = depreciationSchedule(amount, years);
          expect(schedule).toHaveLength(years * 12);
          expect(schedule.reduce((s, v) => s + v, 0)).toBe(amount);
        },
      ),
    );
  });

  it("a loan at 0 % is repaid in equal parts; with interest the annuity matches the textbook figure", () => {
    const free = loanSchedule(1200_00, 0, 12, 1);
    expect(free.map((i) => i.principal)).toEqual(Array(12).fill(100_00));
    // 10 000 € at 12 %/year over 12 months: monthly rate 1 %, annuity 888,49 € (tables).
    const loan = loanSchedule(10_000_00, 1200, 12, 1);
    expect(loan[0]).toEqual({ month: 2, interest: 100_00, principal: 788_49, balance: 9_211_51 });
    expect(loan.reduce((s, i) => s + i.principal, 0)).toBe(10_000_00);
    expect(loan.at(-1)!.balance).toBe(0);
  });
});

describe("a hand-checked small forecast", () => {
  // A shop selling 100 services a month at 20 €, purchases 25 % of sales, one employee at 2 000 € gross
  // with 40 % charges and an aid of 12 000 €/year, rent 500 €/month paid quarterly, a 7 200 € oven
  // depreciated over 3 years, bought with a 3 600 € investment grant and 3 600 € of equity.
  const inputs = parse({
    settings: { ...settings, openingCashCents: 1_000_00 },
    revenues: [
      { kind: "sales", id: "s", label: "Prestations", volumePerMonth: 100, unitPriceCents: 20_00 },
      {
        kind: "grant",
        id: "g",
        label: "Subvention",
        amountCents: 12_000_00,
        startMonth: 1,
        endMonth: 12,
        paymentMonths: [2],
      },
      { kind: "volunteering", id: "v", label: "Bénévolat", monthlyValueCents: 300_00 },
    ],
    staff: [
      {
        id: "p",
        position: "Esthéticienne",
        ftePermille: 1000,
        grossMonthlySalaryCents: 2_000_00,
        employerChargeRateBp: 4000,
        contractKind: "cddi",
        aidRateCode: "AID",
      },
    ],
    costs: [
      {
        id: "a",
        label: "Produits",
        category: "purchases",
        mode: "share_of_sales",
        shareBp: 2500,
        salesLineId: "s",
      },
      { id: "r", label: "Loyer", category: "rent", monthlyAmountCents: 500_00, timing: "quarterly" },
    ],
    investments: [{ id: "i", label: "Four", amountCents: 7_200_00, month: 1, depreciationYears: 3 }],
    financing: [
      { kind: "equity", id: "e", label: "Apports", amountCents: 3_600_00, month: 1 },
      {
        kind: "investment_grant",
        id: "ig",
        label: "Région",
        amountCents: 3_600_00,
        month: 1,
        depreciationYears: 3,
      },
    ],
  });
  const statements = computeForecast(inputs, { AID: aidRate(12_000_00, "cddi") });
  const is = statements.incomeStatement;

  it("builds the income statement in the French layout", () => {
    expect(is.lines.revenue).toEqual([24_000_00, 24_000_00, 24_000_00]);
    expect(is.lines.operatingGrants).toEqual([12_000_00, 0, 0]);
    expect(is.lines.postAids).toEqual([12_000_00, 12_000_00, 12_000_00]);
    expect(is.lines.purchases).toEqual([6_000_00, 6_000_00, 6_000_00]);
    expect(is.lines.externalCharges).toEqual([6_000_00, 6_000_00, 6_000_00]);
    expect(is.lines.wages).toEqual([24_000_00, 24_000_00, 24_000_00]);
    expect(is.lines.socialCharges).toEqual([9_600_00, 9_600_00, 9_600_00]);
    expect(is.lines.depreciation).toEqual([2_400_00, 2_400_00, 2_400_00]);
    expect(is.lines.investmentGrantShare).toEqual([1_200_00, 1_200_00, 1_200_00]);
    // Year 1: 24 000 + 12 000 + 12 000 − (6 000 + 6 000 + 24 000 + 9 600 + 2 400) = 0; + 1 200 = 1 200.
    expect(is.operatingResult).toEqual([0, -12_000_00, -12_000_00]);
    expect(is.result).toEqual([1_200_00, -10_800_00, -10_800_00]);
    expect(is.volunteering).toEqual([3_600_00, 3_600_00, 3_600_00]);
  });

  it("pays the rent quarterly and cashes the grant on its payment month", () => {
    const flows = statements.cashPlan.flows;
    expect(flows.externalCharges.slice(0, 6)).toEqual([0, 0, 1_500_00, 0, 0, 1_500_00]);
    expect(flows.grantReceipts[1]).toBe(12_000_00);
    expect(flows.grantReceipts.reduce((s, v) => s + v, 0)).toBe(12_000_00);
    // Month 1: opening 1 000 + sales 2 000 + aid 1 000 + equity 3 600 + grant 3 600 − purchases 500
    // − wages 2 000 − charges 800 − oven 7 200 = 700.
    expect(statements.cashPlan.cumulative[0]).toBe(700_00);
  });

  it("finds the low point and the break-even", () => {
    const { cumulative, low } = statements.cashPlan;
    expect(low.cents).toBe(Math.min(...cumulative));
    expect(cumulative[low.month - 1]).toBe(low.cents);
    // The result is positive in year 1 then negative: the cumulative result ends below zero.
    expect(statements.breakEven.month).toBeNull();
    // Year 2: fixed costs 6 000 + 24 000 + 9 600 + 2 400 = 42 000, other income 12 000 + 1 200;
    // margin rate 75 %: 28 800 / 0,75 = 38 400.
    expect(statements.breakEven.years[1]!.breakEvenRevenue).toBe(38_400_00);
  });

  it("counts resources and jobs", () => {
    expect(statements.resourceMix.total).toEqual({
      market: 72_000_00,
      public: 48_000_00,
      privateNonMarket: 0,
      volunteering: 10_800_00,
    });
    expect(statements.jobs.years[0]).toEqual({
      ftePermille: 1000,
      insertionPermille: 1000,
      disabilityPermille: 0,
    });
  });

  it("a price rise moves the result more than a volume rise, as purchases follow volumes", () => {
    const sensitivity = computeSensitivity(inputs, { AID: aidRate(12_000_00, "cddi") });
    const prices = sensitivity.rows.find((r) => r.variable === "prices" && r.deltaBp === 1000)!;
    const volumes = sensitivity.rows.find((r) => r.variable === "volumes" && r.deltaBp === 1000)!;
    expect(prices.result[0]! - sensitivity.base.result[0]!).toBe(2_400_00);
    expect(volumes.result[0]! - sensitivity.base.result[0]!).toBe(1_800_00);
    const wages = sensitivity.rows.find((r) => r.variable === "wages" && r.deltaBp === -2000)!;
    expect(wages.result[0]! - sensitivity.base.result[0]!).toBe(6_720_00);
  });

  it("assigns a share of a sales line's margin to a social activity", () => {
    const withCross = parse({
      ...inputs,
      crossSubsidies: [
        { id: "x", label: "Soins", fromSalesLineId: "s", socialActivity: "Socio-esthétique", shareBp: 1000 },
      ],
    });
    const [cross] = computeForecast(withCross, { AID: aidRate(12_000_00, "cddi") }).crossSubsidies;
    expect(cross!.margin).toEqual([18_000_00, 18_000_00, 18_000_00]);
    expect(cross!.assigned).toEqual([1_800_00, 1_800_00, 1_800_00]);
  });
});

describe("ramp-up and seasonality", () => {
  it("grows linearly to the cruising volume and follows the calendar month", () => {
    const inputs = parse({
      settings: { ...settings, startMonth: 11 },
      revenues: [
        {
          kind: "sales",
          id: "s",
          label: "Repas",
          volumePerMonth: 300,
          unitPriceCents: 10_00,
          rampUpMonths: 2,
          seasonality: [500, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 2000],
        },
      ],
    });
    const revenue = computeForecast(inputs, {}).cashPlan.flows.salesReceipts;
    // Nov: 1/3 of 3 000; Dec: 2/3 × 2 (December) ; Jan: full × 0.5.
    expect(revenue.slice(0, 4)).toEqual([1_000_00, 4_000_00, 1_500_00, 3_000_00]);
    expect(computeForecast(inputs, {}).months[2]).toEqual({ month: 3, calendarYear: 2028, calendarMonth: 1 });
  });
});
