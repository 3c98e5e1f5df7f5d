/** Full-time equivalents with at most one decimal, French style: 2,5. */
const fteFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
export const formatFte = (value: number) => fteFormat.format(value);
