import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { campaign } from "../db/schema";
import { canEditCampaign, canReadCampaign } from "./campaign-access";
import { checkCampaign } from "./campaign-checks";
import { findCampaign, todayOf } from "./campaign-query";
import { type UpdateCampaignInput, updateCampaignInput } from "./campaign-schemas";
import { campaignState, dayBefore } from "./campaign-state";

/** The team edits its campaign; changing the dates reopens or extends it. */
export async function updateCampaign(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateCampaignInput>,
): Promise<Result<{ id: string; slug: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findCampaign(deps, id);
  if (!row || !canReadCampaign(actor, row)) return fail("NOT_FOUND");
  if (!canEditCampaign(actor, row)) return fail("FORBIDDEN");
  const parsed = updateCampaignInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const stored =
    row.territoryKind && row.territoryCode
      ? { kind: row.territoryKind as NonNullable<typeof value.territory>["kind"], code: row.territoryCode }
      : null;
  const next = {
    opensOn: value.opensOn ?? row.opensOn,
    closesOn: value.closesOn ?? row.closesOn,
    slug: value.slug ?? row.slug,
    territory: value.territory === undefined ? stored : value.territory,
  };
  const checked = await checkCampaign(deps, { ...next, fabriqueId: row.fabriqueId, id: row.id });
  if (Object.keys(checked.fields).length) return fail("INVALID_INPUT", { fields: checked.fields });
  const [saved] = await deps.db
    .update(campaign)
    .set({
      title: value.title ?? row.title,
      question: value.question ?? row.question,
      description: value.description ?? row.description,
      audience: value.audience ?? row.audience,
      opensOn: next.opensOn,
      closesOn: next.closesOn,
      slug: next.slug,
      territoryKind: checked.territory?.kind ?? null,
      territoryCode: checked.territory?.code ?? null,
      addressLimitPerHour:
        value.addressLimitPerHour === undefined ? row.addressLimitPerHour : value.addressLimitPerHour,
    })
    .where(eq(campaign.id, row.id))
    .returning({ id: campaign.id, slug: campaign.slug });
  return ok(saved!);
}

/**
 * Closes a campaign before its end: its last day becomes yesterday, so the public page stops
 * receiving answers at once. Closing a closed campaign changes nothing.
 */
export async function closeCampaign(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<Result<{ id: string; closesOn: string }, "FORBIDDEN" | "NOT_FOUND">> {
  const row = await findCampaign(deps, id);
  if (!row || !canReadCampaign(actor, row)) return fail("NOT_FOUND");
  if (!canEditCampaign(actor, row)) return fail("FORBIDDEN");
  const today = todayOf(deps);
  if (campaignState(row, today) === "closed") return ok({ id: row.id, closesOn: row.closesOn });
  const closesOn = dayBefore(today);
  await deps.db.update(campaign).set({ closesOn }).where(eq(campaign.id, row.id));
  return ok({ id: row.id, closesOn });
}
