/** Shared pieces of the demo forecasts (`demo-forecasts.ts`). */

export const euros = (value: number) => Math.round(value * 100);
export const smicGross = euros(1_801.8); // SMIC brut mensuel 35 h au 1er novembre 2024
export const season = (overrides: Record<number, number>) =>
  Array.from({ length: 12 }, (_, m) => overrides[m + 1] ?? 1000);

export const demoLabel =
  "Hypothèses de démonstration : chiffres illustratifs établis pour la démo d'Essaim, à remplacer par ceux de l'étude. Montants HT, TVA hors champ.";
