/** ColorBrewer "Blues" (5 classes), light to dark; each step keeps a visible contrast with white borders. */
export const choroplethColors = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"] as const;

export type ChoroplethClass = { from: number; to: number; color: string };

/**
 * Quantile classes: each class holds about as many territories, so a few huge values (Paris, the
 * Nord) do not flatten the map. Fewer classes when there are few distinct values.
 */
export function quantileClasses(values: number[], count = choroplethColors.length): ChoroplethClass[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const classes: ChoroplethClass[] = [];
  let start = 0;
  for (let i = 1; i <= count && start < sorted.length; i++) {
    let end = Math.min(sorted.length, Math.round((sorted.length * i) / count));
    // A class never splits equal values.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end++;
    if (end <= start) continue;
    classes.push({ from: sorted[start] as number, to: sorted[end - 1] as number, color: "" });
    start = end;
  }
  // Spread the palette over the classes there are: two classes get the lightest and darkest.
  return classes.map((c, i) => ({
    ...c,
    color: choroplethColors[
      classes.length === 1
        ? choroplethColors.length - 1
        : Math.round((i * (choroplethColors.length - 1)) / (classes.length - 1))
    ] as string,
  }));
}

/** Index of the class a value falls in, or null (no data). */
export function classOf(classes: ChoroplethClass[], value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const index = classes.findIndex((c) => value <= c.to);
  return index === -1 ? (classes.length ? classes.length - 1 : null) : index;
}
