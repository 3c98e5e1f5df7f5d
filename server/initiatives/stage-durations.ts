import type { InitiativeStage } from "../db/schema";

export type StageChange = { toStage: InitiativeStage | null; at: Date };
export type StageDuration = { stage: InitiativeStage; days: number };

const DAY = 86_400_000;

/**
 * Time spent in each stage, from the journal's stage lines (oldest first) up to `now`. A stage
 * visited twice (after a step back, or a wake-up) adds up. Days are whole days, rounded down.
 */
export function stageDurations(changes: readonly StageChange[], now: Date): StageDuration[] {
  const totals = new Map<InitiativeStage, number>();
  const entered = changes.filter((c): c is { toStage: InitiativeStage; at: Date } => c.toStage !== null);
  entered.forEach((change, index) => {
    const until = entered[index + 1]?.at ?? now;
    const spent = Math.max(0, until.getTime() - change.at.getTime());
    totals.set(change.toStage, (totals.get(change.toStage) ?? 0) + spent);
  });
  return [...totals].map(([stage, ms]) => ({ stage, days: Math.floor(ms / DAY) }));
}
