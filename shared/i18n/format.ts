/**
 * French number formats through Intl, never by hand: `12 345,67 €`, `12 %`, and the one reader
 * of numbers typed the French way. Dates and times are
 * formatted by the time module, `shared/time.ts`.
 * Intl uses narrow no-break spaces as group and unit separators in fr-FR.
 */
const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const formatInteger = (value: number) => integerFormat.format(value);
/** Amounts are stored in integer cents. */
export const formatEuros = (cents: number) => euroFormat.format(cents / 100 + 0); // + 0: never "-0,00 €"
/** `ratio` is a fraction: 0.12 → "12 %". */
export const formatPercent = (ratio: number) => percentFormat.format(ratio);

/**
 * Reads a number typed the French way: "1 234,56", "1\u202f234,5 €", "12 %", "-3,2" or "12000.5"
 * (spaces and no-break spaces between thousands, a decimal comma or point, a euro or percent sign
 * ignored); null when it is no number.
 */
export function parseFrenchNumber(typed: string): number | null {
  const cleaned = typed
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€|%/g, "")
    .replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const fteFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
/** Full-time equivalents stored in hundredths, French style with up to two decimals: 150 → 1,5. */
export const formatFteHundredths = (hundredths: number) => fteFormat.format(hundredths / 100);
