import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  cashOutflows,
  computeForecast,
  computeSensitivity,
  depreciationSchedule,
  incomeStatementKeys,
  loanSchedule,
  mulDiv,
  operatingCharges,
  operatingProducts,
} from "./compute";
import { type ForecastInputs, type ForecastInputsInput, forecastInputs } from "./forecast-inputs";

const settings = { startYear: 2027, startMonth: 1, openingCashCents: 0 };
const parse = (input: Partial<ForecastInputsInput>): ForecastInputs =>
  forecastInputs.parse({ settings, ...input });

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
  const statements = computeForecast(inputs, { AID: 12_000_00 });
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
    const sensitivity = computeSensitivity(inputs, { AID: 12_000_00 });
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
    const [cross] = computeForecast(withCross, { AID: 12_000_00 }).crossSubsidies;
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

// Random scenarios for the property tests.
const cents = fc.integer({ min: 0, max: 5_000_000 });
const month = fc.integer({ min: 1, max: 36 });
const arbitraryInputs = fc
  .record({
    opening: fc.integer({ min: -1_000_000, max: 10_000_000 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    sales: fc.array(
      fc.record({
        volume: fc.integer({ min: 0, max: 2000 }),
        price: fc.integer({ min: 0, max: 50_000 }),
        ramp: fc.integer({ min: 0, max: 12 }),
        start: month,
        season: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 12, maxLength: 12 }),
      }),
      { maxLength: 4 },
    ),
    grants: fc.array(
      fc.record({
        amount: cents,
        start: month,
        len: fc.integer({ min: 0, max: 20 }),
        pay: fc.array(month, { maxLength: 3 }),
      }),
      {
        maxLength: 3,
      },
    ),
    volunteering: fc.array(cents, { maxLength: 3 }),
    staff: fc.array(
      fc.record({
        fte: fc.integer({ min: 1, max: 2000 }),
        salary: cents,
        rate: fc.integer({ min: 0, max: 6000 }),
        start: month,
      }),
      { maxLength: 4 },
    ),
    costs: fc.array(
      fc.record({
        amount: cents,
        share: fc.integer({ min: 0, max: 8000 }),
        timing: fc.constantFrom("monthly", "quarterly", "yearly"),
        category: fc.constantFrom("purchases", "rent", "services", "taxes"),
      }),
      { maxLength: 4 },
    ),
    investments: fc.array(fc.record({ amount: cents, month, years: fc.integer({ min: 0, max: 10 }) }), {
      maxLength: 3,
    }),
    loans: fc.array(
      fc.record({
        amount: cents,
        month,
        rate: fc.integer({ min: 0, max: 1500 }),
        duration: fc.integer({ min: 1, max: 120 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(
    (r): ForecastInputs =>
      parse({
        settings: { ...settings, startMonth: r.startMonth, openingCashCents: r.opening },
        revenues: [
          ...r.sales.map((s, i) => ({
            kind: "sales" as const,
            id: `s${i}`,
            label: "Ventes",
            volumePerMonth: s.volume,
            unitPriceCents: s.price,
            rampUpMonths: s.ramp,
            seasonality: s.season,
            startMonth: s.start,
          })),
          ...r.grants.map((g, i) => ({
            kind: "grant" as const,
            id: `g${i}`,
            label: "Subvention",
            amountCents: g.amount,
            startMonth: g.start,
            endMonth: Math.min(36, g.start + g.len),
            paymentMonths: g.pay,
          })),
          ...r.volunteering.map((v, i) => ({
            kind: "volunteering" as const,
            id: `v${i}`,
            label: "Bénévolat",
            monthlyValueCents: v,
          })),
        ],
        staff: r.staff.map((s, i) => ({
          id: `p${i}`,
          position: "Poste",
          ftePermille: s.fte,
          grossMonthlySalaryCents: s.salary,
          employerChargeRateBp: s.rate,
          contractKind: "cdi" as const,
          startMonth: s.start,
          aidRateCode: "AID",
        })),
        costs: r.costs.map((c, i) =>
          r.sales.length && i % 2 === 0
            ? {
                id: `c${i}`,
                label: "Achat",
                category: c.category,
                mode: "share_of_sales" as const,
                shareBp: c.share,
                salesLineId: "s0",
                timing: c.timing,
              }
            : {
                id: `c${i}`,
                label: "Charge",
                category: c.category,
                monthlyAmountCents: c.amount,
                timing: c.timing,
              },
        ),
        investments: r.investments.map((inv, i) => ({
          id: `i${i}`,
          label: "Investissement",
          amountCents: inv.amount,
          month: inv.month,
          depreciationYears: inv.years,
        })),
        financing: r.loans.map((l, i) => ({
          kind: "loan" as const,
          id: `l${i}`,
          label: "Prêt",
          amountCents: l.amount,
          month: l.month,
          annualRateBp: l.rate,
          durationMonths: l.duration,
        })),
      }),
  );

describe("properties of every forecast", () => {
  it("cumulative cash = opening cash + Σ flows, month by month", () => {
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => {
        const { cashPlan } = computeForecast(inputs, { AID: 5_000_00 });
        const outflows = new Set(cashOutflows);
        let cash = inputs.settings.openingCashCents;
        for (let m = 0; m < 36; m++) {
          for (const [key, values] of Object.entries(cashPlan.flows)) {
            cash += outflows.has(key as never) ? -values[m]! : values[m]!;
          }
          expect(cashPlan.cumulative[m]).toBe(cash);
        }
        expect(cashPlan.low.cents).toBe(Math.min(...cashPlan.cumulative));
      }),
      { numRuns: 150 },
    );
  });

  it("income statement totals equal the sum of their lines, and each line the sum of its details", () => {
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => {
        const { incomeStatement: is } = computeForecast(inputs, { AID: 5_000_00 });
        for (let y = 0; y < 3; y++) {
          const products = operatingProducts.reduce((s, k) => s + is.lines[k][y]!, 0);
          const charges = operatingCharges.reduce((s, k) => s + is.lines[k][y]!, 0);
          expect(is.operatingProducts[y]).toBe(products);
          expect(is.operatingCharges[y]).toBe(charges);
          expect(is.operatingResult[y]).toBe(products - charges);
          expect(is.result[y]).toBe(
            products - charges - is.lines.financialCharges[y]! + is.lines.investmentGrantShare[y]!,
          );
          for (const key of incomeStatementKeys) {
            expect(is.details[key].reduce((s, d) => s + d.years[y]!, 0)).toBe(is.lines[key][y]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("volunteering and in-kind contributions never change cash nor the result", () => {
    fc.assert(
      fc.property(arbitraryInputs, cents, (inputs, value) => {
        const without = computeForecast(
          { ...inputs, revenues: inputs.revenues.filter((r) => r.kind !== "volunteering") },
          {},
        );
        const withMore = computeForecast(
          {
            ...inputs,
            revenues: [
              ...inputs.revenues.filter((r) => r.kind !== "volunteering"),
              {
                kind: "in_kind",
                id: "k",
                label: "Local prêté",
                monthlyValueCents: value,
                startMonth: 1,
                endMonth: 36,
              },
              {
                kind: "volunteering",
                id: "vv",
                label: "Bénévoles",
                monthlyValueCents: value,
                startMonth: 1,
                endMonth: 36,
              },
            ],
          },
          {},
        );
        expect(withMore.cashPlan.cumulative).toEqual(without.cashPlan.cumulative);
        expect(withMore.incomeStatement.result).toEqual(without.incomeStatement.result);
        expect(withMore.incomeStatement.volunteering.reduce((s, v) => s + v, 0)).toBe(value * 36);
      }),
      { numRuns: 100 },
    );
  });

  it("a cross-subsidy is shown but moves neither cash nor result", () => {
    fc.assert(
      fc.property(arbitraryInputs, fc.integer({ min: 0, max: 10_000 }), (inputs, shareBp) => {
        fc.pre(inputs.revenues.some((r) => r.kind === "sales"));
        const base = computeForecast(inputs, {});
        const crossed = computeForecast(
          {
            ...inputs,
            crossSubsidies: [
              {
                id: "x",
                label: "Part",
                fromSalesLineId: "s0",
                toRevenueLineId: null,
                socialActivity: "Soins",
                shareBp,
              },
            ],
          },
          {},
        );
        expect(crossed.cashPlan.cumulative).toEqual(base.cashPlan.cumulative);
        expect(crossed.incomeStatement.result).toEqual(base.incomeStatement.result);
      }),
      { numRuns: 50 },
    );
  });
});
