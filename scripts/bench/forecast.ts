/**
 * Forecast section of `npm run bench`: recomputes a 36-month scenario with 200 input lines (sales
 * with ramp-up and seasonality, grants, staff with aid per post, costs on every timing,
 * investments, loans) in-process, and prints the median and p95. It asserts nothing.
 *
 *   npx tsx scripts/bench.ts forecast
 */
import { computeForecast, computeSensitivity } from "../../server/forecasts/compute";
import { type ForecastInputs, forecastInputs } from "../../server/forecasts/forecast-inputs";

type Row = { measure: string; value: number; unit: "ms"; target?: number };

/** Revenue line i: sales (one in two), a grant (one in four) or volunteering. */
function benchRevenue(i: number) {
  const kind = i % 4;
  if (kind === 0 || kind === 1)
    return {
      kind: "sales" as const,
      id: `r${i}`,
      label: `Ventes ${i}`,
      volumePerMonth: 50 + i * 7,
      unitPriceCents: 1_500 + i * 113,
      rampUpMonths: i % 7,
      seasonality: Array.from({ length: 12 }, (_, m) => 800 + ((m * 37 + i) % 400)),
      startMonth: 1 + (i % 6),
    };
  if (kind === 2)
    return {
      kind: "grant" as const,
      id: `r${i}`,
      label: `Subvention ${i}`,
      amountCents: 1_000_000 + i * 10_000,
      startMonth: 1 + (i % 12),
      endMonth: 12 + (i % 24),
      paymentMonths: [1 + (i % 12), 6 + (i % 12)],
    };
  return {
    kind: "volunteering" as const,
    id: `r${i}`,
    label: `Bénévolat ${i}`,
    monthlyValueCents: 20_000 + i,
  };
}

const benchStaff = (i: number) => ({
  id: `p${i}`,
  position: `Poste ${i}`,
  ftePermille: 500 + (i % 5) * 100,
  grossMonthlySalaryCents: 180_000 + i * 1_000,
  employerChargeRateBp: 3_800 + (i % 10) * 50,
  contractKind: (["cdi", "cdd", "cddi", "ea"] as const)[i % 4],
  aidRateCode: i % 4 === 2 ? "iae-ei" : i % 4 === 3 ? "ea-aide-poste" : null,
  startMonth: 1 + (i % 18),
});

/** Cost line i: purchases as a share of a sales line (one in two), or a fixed charge. */
const benchCost = (i: number) =>
  i % 2 === 0
    ? {
        id: `c${i}`,
        label: `Achats ${i}`,
        category: "purchases" as const,
        mode: "share_of_sales" as const,
        shareBp: 2_000 + i * 10,
        salesLineId: `r${(i * 4) % 60}`,
      }
    : {
        id: `c${i}`,
        label: `Charge ${i}`,
        category: (["rent", "services", "taxes"] as const)[i % 3],
        monthlyAmountCents: 30_000 + i * 500,
        timing: (["monthly", "quarterly", "yearly"] as const)[i % 3],
      };

const benchInvestment = (i: number) => ({
  id: `i${i}`,
  label: `Investissement ${i}`,
  amountCents: 500_000 + i * 100_000,
  month: 1 + i * 2,
  depreciationYears: 1 + (i % 7),
});

/** Financing line i: equity, a loan or an investment grant, in turn. */
function benchFinancing(i: number) {
  if (i % 3 === 0)
    return {
      kind: "equity" as const,
      id: `f${i}`,
      label: `Apport ${i}`,
      amountCents: 1_000_000,
      month: 1 + i,
    };
  if (i % 3 === 1)
    return {
      kind: "loan" as const,
      id: `f${i}`,
      label: `Prêt ${i}`,
      amountCents: 2_000_000 + i * 1_000,
      month: 1 + i,
      annualRateBp: 350 + i * 10,
      durationMonths: 60,
    };
  return {
    kind: "investment_grant" as const,
    id: `f${i}`,
    label: `Subvention d'investissement ${i}`,
    amountCents: 800_000,
    month: 1 + i,
    depreciationYears: 5,
  };
}

const lines = <T>(length: number, line: (i: number) => T) => Array.from({ length }, (_, i) => line(i));

/** A deterministic 200-line scenario: 60 revenue, 60 staff, 50 cost, 15 investment, 15 financing lines. */
export function benchForecastInputs(): ForecastInputs {
  return forecastInputs.parse({
    settings: { startYear: 2027, startMonth: 3, openingCashCents: 5_000_000 },
    revenues: lines(60, benchRevenue),
    staff: lines(60, benchStaff),
    costs: lines(50, benchCost),
    investments: lines(15, benchInvestment),
    financing: lines(15, benchFinancing),
  });
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchForecast(): Promise<Row[]> {
  const inputs = benchForecastInputs();
  const rates = {
    "iae-ei": { annualAmountCents: 1_200_000, contractKinds: ["cddi"] },
    "ea-aide-poste": { annualAmountCents: 1_700_000, contractKinds: ["ea"] },
  };
  for (let i = 0; i < 50; i++) computeForecast(inputs, rates); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    computeForecast(inputs, rates);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const sensitivity: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    computeSensitivity(inputs, rates);
    sensitivity.push(performance.now() - t0);
  }
  sensitivity.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return [
    {
      measure: "recompute 36 months, 200 lines (median)",
      value: round(percentile(times, 50)),
      unit: "ms",
      target: 5,
    },
    {
      measure: "recompute 36 months, 200 lines (p95)",
      value: round(percentile(times, 95)),
      unit: "ms",
      target: 5,
    },
    {
      measure: "sensitivity table, 17 recomputes (median)",
      value: round(percentile(sensitivity, 50)),
      unit: "ms",
    },
  ];
}
