import { formatInteger } from "../../shared/i18n/format";

/** Full-time equivalents stored in hundredths, French style with up to two decimals: 150 → 1,5. */
const fteFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
export const formatFteHundredths = (hundredths: number) => fteFormat.format(hundredths / 100);

/** A count, or a dash where the figure does not apply (a programme's signals). */
export const formatCount = (value: number | null) => (value === null ? "—" : formatInteger(value));

/** `2026-01-31` → `31/01/2026`, the way the form's fields are typed. */
export const typedDate = (day: string) => day.split("-").reverse().join("/");
