import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cashOutflows,
  computeForecast,
  computeSensitivity,
  incomeStatementKeys,
  operatingCharges,
  operatingProducts,
} from "./compute";
import type { ForecastInputs } from "./forecast-inputs";
import { aidRate, parse, settings } from "./test-inputs";

// The engine's invariants, checked on random scenarios (hand-checked cases: compute.test.ts).

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
        const { cashPlan } = computeForecast(inputs, { AID: aidRate(5_000_00, "cdi") });
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
        const { incomeStatement: is } = computeForecast(inputs, { AID: aidRate(5_000_00, "cdi") });
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

  it("when the initial financing plan closes, month-end cash stays ≥ 0 from month 3 on", () => {
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => {
        const { financingPlan, cashPlan } = computeForecast(inputs, { AID: aidRate(5_000_00, "cdi") });
        const { initial } = financingPlan;
        expect(initial.gap).toBe(initial.totalResources - initial.totalNeeds);
        expect(initial.needs.startingCash).toBeGreaterThanOrEqual(0);
        if (initial.gap >= 0) {
          for (const cents of cashPlan.cumulative.slice(2)) expect(cents).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("no figure is -0 (JSON sends it as 0: the page would render it twice differently)", () => {
    const negativeZeros = (value: unknown, path: string): string[] => {
      if (typeof value === "number") return Object.is(value, -0) ? [path] : [];
      if (value && typeof value === "object") {
        return Object.entries(value).flatMap(([key, v]) => negativeZeros(v, `${path}.${key}`));
      }
      return [];
    };
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => {
        const rates = { AID: aidRate(5_000_00, "cdi") };
        expect(negativeZeros(computeForecast(inputs, rates), "statements")).toEqual([]);
        expect(negativeZeros(computeSensitivity(inputs, rates), "sensitivity")).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
