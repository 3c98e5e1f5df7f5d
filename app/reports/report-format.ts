import { formatInteger } from "../../shared/i18n/format";

export { formatFteHundredths } from "../../shared/i18n/format";

/** A count, or a dash where the figure does not apply (a programme's signals). */
export const formatCount = (value: number | null) => (value === null ? "—" : formatInteger(value));

/** `2026-01-31` → `31/01/2026`, the way the form's fields are typed. */
export const typedDate = (day: string) => day.split("-").reverse().join("/");
