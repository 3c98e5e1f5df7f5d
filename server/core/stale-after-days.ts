import { defaultStaleAfterDays, type WorkingStage, workingStages } from "../../shared/codes/initiatives";

export type StaleAfterDays = Record<WorkingStage, number>;

/**
 * ESSAIM_STALE_AFTER_DAYS: `stage=days` pairs separated by commas (`referral=7,carrier_search=90`),
 * over the defaults; 0 turns a stage's flag off. Returns the thresholds, or the French reason the
 * value is refused.
 */
export function parseStaleAfterDays(value: string | undefined): StaleAfterDays | string {
  const thresholds = { ...defaultStaleAfterDays };
  for (const pair of (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [stage, days] = pair.split("=").map((part) => part.trim());
    if (!workingStages.includes(stage as WorkingStage))
      return `étape inconnue « ${stage} » (attendu : ${workingStages.join(", ")})`;
    if (!days || !/^\d{1,4}$/.test(days)) return `nombre de jours attendu après « ${stage}= » (0 à 9999)`;
    thresholds[stage as WorkingStage] = Number(days);
  }
  return thresholds;
}
