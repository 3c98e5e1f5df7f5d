/**
 * Jobs are stored in hundredths of a full-time equivalent (1,5 ETP = 150) and money in cents, so
 * sums stay exact. These read what people type ("1,5", "0.75", "12 500,50") and nothing else.
 */
function compact(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}

/** "1,5" → 150; "" → 0; anything else (letters, negative, over 2 decimals) → null. */
export function parseFteHundredths(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
  if (typeof value !== "string") return value === undefined || value === null ? 0 : null;
  const text = compact(value);
  if (text === "") return 0;
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

/** "12 500,50" → 1250050 cents; "" → null (not measured); invalid → undefined. */
export function parseEurosToCents(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : undefined;
  if (typeof value !== "string") return undefined;
  const text = compact(value).replace(/€$/, "");
  if (text === "") return null;
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

/** 150 → 1.5 (for display with `formatFte`). */
export const fteFromHundredths = (hundredths: number) => hundredths / 100;
