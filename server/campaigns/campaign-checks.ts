import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { getTerritory } from "../territories/get-territory";
import type { TerritoryRef } from "../territories/territory-schemas";
import { findCampaignBySlug } from "./campaign-query";

const v = fr.campaigns.validation;

/**
 * What only the database and the whole record know: the period's order, the territory exists
 * (stored under its current code), the slug is free within the Fabrique. Field messages, empty
 * when all is well.
 */
export async function checkCampaign(
  deps: Pick<Deps, "db">,
  values: {
    fabriqueId: string;
    opensOn: string;
    closesOn: string;
    slug: string;
    territory: TerritoryRef | null;
    /** The campaign being edited, whose own slug is not a clash. */
    id?: string;
  },
): Promise<{ fields: Record<string, string>; territory: TerritoryRef | null }> {
  const fields: Record<string, string> = {};
  if (values.closesOn < values.opensOn) fields.closesOn = v.period;
  let territory: TerritoryRef | null = null;
  if (values.territory) {
    const found = await getTerritory(deps, values.territory);
    if (found.ok) territory = { kind: found.value.kind, code: found.value.code };
    else fields.territory = v.territory;
  }
  if (values.slug.length < 2) fields.slug = v.slug;
  else {
    const clash = await findCampaignBySlug(deps, values.fabriqueId, values.slug);
    if (clash && clash.id !== values.id) fields.slug = v.slugTaken;
  }
  return { fields, territory };
}
