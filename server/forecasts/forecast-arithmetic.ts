import { FORECAST_MONTHS } from "../../shared/codes/forecasts";

/** Integer-cents arithmetic of the forecast engine: rounding, allocation, schedules, month arrays. */

const M = FORECAST_MONTHS;

/** round(a × num / den), half away from zero, exact for any safe integers. */
export function mulDiv(a: number, num: number, den: number): number {
  const product = a * num;
  if (Number.isSafeInteger(product)) {
    const q = Math.trunc(product / den);
    const r = product - q * den;
    if (2 * Math.abs(r) >= Math.abs(den)) return q + (Math.sign(product) * Math.sign(den) || 1);
    // Math.trunc(-0.4) is -0, which JSON sends as 0 and Intl prints "-0,00 €": never return it.
    return q === 0 ? 0 : q;
  }
  const p = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  const q = p / d;
  const r = p - q * d;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  if (2n * abs(r) >= abs(d)) return Number(q + (p < 0n !== d < 0n ? -1n : 1n));
  return Number(q);
}

/** Splits `total` into `parts` integer shares that sum exactly to it (the remainder spreads evenly). */
export function allocate(total: number, parts: number): number[] {
  const out: number[] = new Array(parts);
  let previous = 0;
  for (let k = 0; k < parts; k++) {
    const next = Math.floor(((k + 1) * total) / parts);
    out[k] = next - previous;
    previous = next;
  }
  return out;
}

/** Monthly straight-line depreciation of `amount` over `years`: sums exactly to `amount`. */
export function depreciationSchedule(amount: number, years: number): number[] {
  if (years <= 0 || amount === 0) return [];
  return allocate(amount, years * 12);
}

export type LoanInstalment = { month: number; interest: number; principal: number; balance: number };

/**
 * Constant annuity schedule of a loan drawn in `month`: first instalment the month after, interest
 * on the outstanding balance at the monthly rate, the last instalment clears the balance.
 */
export function loanSchedule(amount: number, annualRateBp: number, durationMonths: number, month: number) {
  const instalments: LoanInstalment[] = [];
  let payment: number;
  if (annualRateBp === 0) {
    const shares = allocate(amount, durationMonths);
    let balance = amount;
    shares.forEach((principal, k) => {
      balance -= principal;
      instalments.push({ month: month + 1 + k, interest: 0, principal, balance });
    });
    return instalments;
  }
  const r = annualRateBp / 120_000;
  // (1 + r)^n by repeated multiplication: IEEE products are exactly rounded everywhere, Math.pow is not.
  let growth = 1;
  for (let k = 0; k < durationMonths; k++) growth *= 1 + r;
  payment = Math.round((amount * r * growth) / (growth - 1));
  let balance = amount;
  for (let k = 0; k < durationMonths; k++) {
    const interest = mulDiv(balance, annualRateBp, 120_000);
    let principal = payment - interest;
    if (k === durationMonths - 1 || principal > balance) principal = balance;
    balance -= principal;
    instalments.push({ month: month + 1 + k, interest, principal, balance });
    if (balance === 0) break;
  }
  return instalments;
}

export const zeros = () => new Array<number>(M).fill(0);
export const sum = (values: readonly number[]) => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};
/** Adds `values` (indexed from month `from`, 1-based) into `target`, ignoring months past 36. */
export function addFrom(target: number[], values: readonly number[], from: number) {
  for (let k = 0; k < values.length; k++) {
    const m = from - 1 + k;
    if (m >= M) break;
    if (m >= 0) target[m]! += values[k]!;
  }
}
export function yearly(monthly: readonly number[]): number[] {
  const out = [0, 0, 0];
  for (let m = 0; m < M; m++) out[Math.floor(m / 12)]! += monthly[m]!;
  return out;
}
