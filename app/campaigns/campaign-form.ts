import { type CreateCampaignInput, createCampaignInput } from "../../server/campaigns/campaign-schemas";
import type { Deps } from "../../server/core/deps";
import { fail, type Result } from "../../server/core/result";
import { fieldErrors } from "../../server/core/validation";
import { resolveTypedTerritory } from "../../server/territories/resolve-typed-territory";

/**
 * A campaign form post as the service's input. The territory box gives `kind:code` (script) or
 * the typed text (no script); both empty means "the whole territory of the Fabrique".
 */
export async function campaignFormInput(
  deps: Pick<Deps, "db">,
  values: Record<string, unknown>,
): Promise<Result<CreateCampaignInput>> {
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const territory = await resolveTypedTerritory(deps, {
    value: str("territory"),
    query: str("territoryQuery"),
  });
  const value: CreateCampaignInput = {
    fabriqueId: str("fabriqueId") || undefined,
    title: str("title"),
    question: str("question"),
    description: str("description"),
    audience: str("audience"),
    opensOn: str("opensOn"),
    closesOn: str("closesOn"),
    territory:
      territory.ok && territory.value ? { kind: territory.value.kind, code: territory.value.code } : null,
    slug: str("slug"),
    addressLimitPerHour: str("addressLimitPerHour") as never,
  };
  if (territory.ok) return { ok: true, value };
  // Every field's message at once: the territory's and the others' (the service is not called).
  const parsed = createCampaignInput.safeParse(value);
  return fail("INVALID_INPUT", {
    fields: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...territory.fields },
  });
}
