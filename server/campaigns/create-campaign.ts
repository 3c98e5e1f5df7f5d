import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { slugFromTitle } from "../core/slug";
import { fieldErrors, type Unparsed } from "../core/validation";
import { campaign } from "../db/schema";
import { campaignFabriques } from "./campaign-access";
import { checkCampaign } from "./campaign-checks";
import { type CreateCampaignInput, createCampaignInput } from "./campaign-schemas";

/** A Fabrique's team opens an appel à révélation: a question, a period, a public page. */
export async function createCampaign(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<CreateCampaignInput>,
): Promise<Result<{ id: string; slug: string }, "FORBIDDEN" | "INVALID_INPUT">> {
  const fabriques = campaignFabriques(actor);
  if (!fabriques.length) return fail("FORBIDDEN");
  const parsed = createCampaignInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const owner = value.fabriqueId
    ? fabriques.find((f) => f.id === value.fabriqueId)
    : fabriques.length === 1
      ? fabriques[0]
      : undefined;
  if (!owner) return fail("INVALID_INPUT", { fields: { fabriqueId: fr.campaigns.validation.fabrique } });
  const slug = value.slug ?? slugFromTitle(value.title);
  const checked = await checkCampaign(deps, {
    fabriqueId: owner.id,
    opensOn: value.opensOn,
    closesOn: value.closesOn,
    slug,
    territory: value.territory ?? null,
  });
  if (Object.keys(checked.fields).length) return fail("INVALID_INPUT", { fields: checked.fields });
  const [row] = await deps.db
    .insert(campaign)
    .values({
      fabriqueId: owner.id,
      slug,
      title: value.title,
      question: value.question,
      description: value.description,
      audience: value.audience,
      opensOn: value.opensOn,
      closesOn: value.closesOn,
      territoryKind: checked.territory?.kind ?? null,
      territoryCode: checked.territory?.code ?? null,
      addressLimitPerHour: value.addressLimitPerHour ?? null,
      createdByUserId: actor.userId,
      createdAt: deps.clock.now(),
    })
    .returning({ id: campaign.id, slug: campaign.slug });
  return ok(row!);
}
