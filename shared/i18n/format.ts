/**
 * French formats through Intl, never by hand: `27 nov. 2026`, `12 345,67 €`, `12 %`.
 * Intl uses narrow no-break spaces as group and unit separators in fr-FR.
 */
// Dates in Paris time on the server and in every browser alike: a time zone left to the machine
// printed another day near midnight, and React's hydration refused the page (error #418).
const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Paris",
});
const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

export const formatDate = (value: Date | string) => dateFormat.format(toDate(value));
export const formatDateTime = (value: Date | string) => dateTimeFormat.format(toDate(value));
export const formatInteger = (value: number) => integerFormat.format(value);
/** Amounts are stored in integer cents. */
export const formatEuros = (cents: number) => euroFormat.format(cents / 100 + 0); // + 0: never "-0,00 €"
/** `ratio` is a fraction: 0.12 → "12 %". */
export const formatPercent = (ratio: number) => percentFormat.format(ratio);
