import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { campaign, signal } from "../db/schema";
import { notConfirmedSpam } from "../intake/spam";
import { canEditCampaign, canReadCampaign } from "./campaign-access";
import { type CampaignSummary, findCampaign, selectCampaigns, todayOf } from "./campaign-query";
import { type CampaignState, campaignState } from "./campaign-state";

export type CampaignSignal = {
  id: string;
  reference: string;
  kind: (typeof signal.$inferSelect)["kind"];
  title: string;
  status: (typeof signal.$inferSelect)["status"];
  territoryName: string | null;
  territoryCode: string;
  createdAt: Date;
};

export type CampaignDetails = CampaignSummary & {
  state: CampaignState;
  canEdit: boolean;
  signals: CampaignSignal[];
};

/** One campaign and the signals it received; another Fabrique's campaign answers NOT_FOUND. */
export async function getCampaign(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<Result<CampaignDetails, "NOT_FOUND">> {
  const row = await findCampaign(deps, id);
  if (!row || !canReadCampaign(actor, row)) return fail("NOT_FOUND");
  const [summary] = await selectCampaigns(deps, eq(campaign.id, row.id));
  const signals = await deps.db
    .select({
      id: signal.id,
      reference: signal.reference,
      kind: signal.kind,
      title: signal.title,
      status: signal.status,
      territoryCode: signal.territoryCode,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${signal.territoryKind} and t.code = ${signal.territoryCode})`,
      createdAt: signal.createdAt,
    })
    .from(signal)
    // The Fabrique condition is belt and braces: a campaign only groups its own Fabrique's signals.
    .where(and(eq(signal.campaignId, row.id), eq(signal.fabriqueId, row.fabriqueId), notConfirmedSpam))
    .orderBy(desc(signal.createdAt), desc(signal.reference))
    .limit(1000);
  return ok({
    ...summary!,
    state: campaignState(row, todayOf(deps)),
    canEdit: canEditCampaign(actor, row),
    signals,
  });
}
