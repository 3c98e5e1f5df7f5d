import { and, eq, type SQL, sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { campaign, fabrique } from "../db/schema";

export type CampaignRow = typeof campaign.$inferSelect;

/** Today in the clock's terms (`AAAA-MM-JJ`, UTC like the rest of the signals' dates). */
/** Today for a Fabrique: the Paris day. */
export const todayOf = (deps: Pick<Deps, "clock">) => parisDate(deps.clock.now());

/** The stored campaign, whoever asks: services authorise against its Fabrique afterwards. */
export async function findCampaign(deps: Pick<Deps, "db">, id: string): Promise<CampaignRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await deps.db.select().from(campaign).where(eq(campaign.id, id));
  return row;
}

export async function findCampaignBySlug(deps: Pick<Deps, "db">, fabriqueId: string, slug: string) {
  const [row] = await deps.db
    .select()
    .from(campaign)
    .where(and(eq(campaign.fabriqueId, fabriqueId), eq(campaign.slug, slug)));
  return row;
}

/** Campaigns with their Fabrique, their territory's name and how many signals answered them. */
export function selectCampaigns(deps: Pick<Deps, "db">, where?: SQL) {
  return deps.db
    .select({
      id: campaign.id,
      fabriqueId: campaign.fabriqueId,
      fabriqueSlug: fabrique.slug,
      fabriqueName: fabrique.name,
      slug: campaign.slug,
      title: campaign.title,
      question: campaign.question,
      description: campaign.description,
      audience: campaign.audience,
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      territoryKind: campaign.territoryKind,
      territoryCode: campaign.territoryCode,
      addressLimitPerHour: campaign.addressLimitPerHour,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${campaign.territoryKind} and t.code = ${campaign.territoryCode})`,
      // Confirmed spam is not an answer (decision record 0037).
      signalCount: sql<number>`(select count(*) from signal s
        where s.campaign_id = ${campaign.id} and s.spam is distinct from 'confirmed')`.mapWith(Number),
      createdAt: campaign.createdAt,
    })
    .from(campaign)
    .innerJoin(fabrique, eq(fabrique.id, campaign.fabriqueId))
    .where(where)
    .orderBy(sql`${campaign.opensOn} desc`, campaign.title);
}

export type CampaignSummary = Awaited<ReturnType<typeof selectCampaigns>>[number];
