import { inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { campaign } from "../db/schema";
import { campaignFabriques, canListCampaigns } from "./campaign-access";
import { type CampaignSummary, selectCampaigns, todayOf } from "./campaign-query";
import { type CampaignState, campaignState } from "./campaign-state";

export type CampaignListItem = CampaignSummary & { state: CampaignState };

/** The campaigns of the actor's team (every Fabrique's for the network animator), newest first. */
export async function listCampaigns(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
): Promise<Result<CampaignListItem[], "NOT_FOUND">> {
  if (!canListCampaigns(actor)) return fail("NOT_FOUND");
  const ids = campaignFabriques(actor).map((f) => f.id);
  const where = actor.isNetworkAnimator ? undefined : inArray(campaign.fabriqueId, ids);
  const today = todayOf(deps);
  const rows = await selectCampaigns(deps, where);
  return ok(rows.map((row) => ({ ...row, state: campaignState(row, today) })));
}
