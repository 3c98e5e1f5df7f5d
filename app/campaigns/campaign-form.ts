import { type CreateCampaignInput, createCampaignInput } from "../../server/campaigns/campaign-schemas";
import type { Deps } from "../../server/core/deps";
import { fail, type Result } from "../../server/core/result";
import { fieldErrors, type Unparsed } from "../../server/core/validation";
import { resolveTypedTerritory } from "../../server/territories/resolve-typed-territory";
import type { PostedForm } from "../ui/page-form";

/**
 * A campaign form post as the service's input. The territory box gives `kind:code` (script) or
 * the typed text (no script); both empty means "the whole territory of the Fabrique".
 */
export async function campaignFormInput(
  deps: Pick<Deps, "db">,
  form: PostedForm,
): Promise<Result<Unparsed<CreateCampaignInput>>> {
  const territory = await resolveTypedTerritory(deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  const value = {
    fabriqueId: form.text("fabriqueId") || undefined,
    title: form.text("title"),
    question: form.text("question"),
    description: form.text("description"),
    audience: form.text("audience"),
    opensOn: form.text("opensOn"),
    closesOn: form.text("closesOn"),
    territory:
      territory.ok && territory.value ? { kind: territory.value.kind, code: territory.value.code } : null,
    slug: form.text("slug"),
    addressLimitPerHour: form.text("addressLimitPerHour"),
  };
  if (territory.ok) return { ok: true, value };
  // Every field's message at once: the territory's and the others' (the service is not called).
  const parsed = createCampaignInput.safeParse(value);
  return fail("INVALID_INPUT", {
    fields: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...territory.fields },
  });
}
