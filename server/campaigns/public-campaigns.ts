import { and, eq, gte, lte } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { campaign } from "../db/schema";
import { findFabriqueBySlug } from "../network/fabrique-query";
import { findCampaignBySlug, selectCampaigns, todayOf } from "./campaign-query";
import { type CampaignState, campaignState } from "./campaign-state";

export type PublicCampaign = {
  slug: string;
  title: string;
  question: string;
  description: string;
  audience: string;
  opensOn: string;
  closesOn: string;
  /** `kind:code` of the territory the campaign asks, or null for the Fabrique's whole territory. */
  territory: string | null;
  territoryName: string | null;
  state: CampaignState;
  fabrique: { slug: string; name: string };
};

/** A campaign's public page: anyone may read it, in any state; a withdrawn Fabrique's is not shown. */
export async function getPublicCampaign(
  deps: Pick<Deps, "db" | "clock">,
  fabriqueSlug: string,
  campaignSlug: string,
): Promise<Result<PublicCampaign, "NOT_FOUND">> {
  const owner = await findFabriqueBySlug(deps.db, fabriqueSlug);
  if (!owner || owner.status === "withdrawn") return fail("NOT_FOUND");
  const [row] = await selectCampaigns(
    deps,
    and(eq(campaign.fabriqueId, owner.id), eq(campaign.slug, campaignSlug)),
  );
  if (!row) return fail("NOT_FOUND");
  return ok({
    slug: row.slug,
    title: row.title,
    question: row.question,
    description: row.description,
    audience: row.audience,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    territory: row.territoryKind && row.territoryCode ? `${row.territoryKind}:${row.territoryCode}` : null,
    territoryName: row.territoryName,
    state: campaignState(row, todayOf(deps)),
    fabrique: { slug: owner.slug, name: owner.name },
  });
}

/** The campaigns a Fabrique's public page lists: those open today. */
export async function listOpenCampaigns(deps: Pick<Deps, "db" | "clock">, fabriqueSlug: string) {
  const owner = await findFabriqueBySlug(deps.db, fabriqueSlug);
  if (!owner || owner.status === "withdrawn") return [];
  const today = todayOf(deps);
  const rows = await selectCampaigns(
    deps,
    and(eq(campaign.fabriqueId, owner.id), lte(campaign.opensOn, today), gte(campaign.closesOn, today)),
  );
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    question: row.question,
    closesOn: row.closesOn,
  }));
}

/**
 * The campaign a public signal answers, if it may still receive it today: an unknown slug, a
 * campaign not yet open or already closed is refused with a French message the submitter reads.
 */
export async function campaignForSubmission(
  deps: Pick<Deps, "db" | "clock">,
  fabriqueId: string,
  slug: string,
): Promise<Result<{ id: string; addressLimitPerHour: number | null }, "INVALID_INPUT">> {
  const v = fr.campaigns.validation;
  const row = await findCampaignBySlug(deps, fabriqueId, slug);
  if (!row) return fail("INVALID_INPUT", { fields: { campaign: v.unknown } });
  const state = campaignState(row, todayOf(deps));
  if (state === "open") return ok({ id: row.id, addressLimitPerHour: row.addressLimitPerHour });
  const message =
    state === "upcoming"
      ? t(v.notYetOpen, { date: formatDate(row.opensOn) })
      : t(v.closed, { date: formatDate(row.closesOn) });
  return fail("INVALID_INPUT", { message, fields: { campaign: message } });
}
