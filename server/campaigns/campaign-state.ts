import { addDays } from "../../shared/time";

/**
 * Where a campaign stands on a given day. The period is inclusive: a campaign closing on the
 * 15th still receives answers on the 15th. Closing early sets the closing day to yesterday, so
 * "closed" wins over "upcoming" when both dates are past or crossed.
 */
export type CampaignState = "upcoming" | "open" | "closed";

export function campaignState(period: { opensOn: string; closesOn: string }, today: string): CampaignState {
  if (period.closesOn < today) return "closed";
  if (period.opensOn > today) return "upcoming";
  return "open";
}

/** The day before `day` (both `AAAA-MM-JJ`): the closing day of a campaign closed early. */
export const dayBefore = (day: string): string => addDays(day, -1);
