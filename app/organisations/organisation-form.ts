import type { Deps } from "../../server/core/deps";
import type { Failure } from "../../server/core/result";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import type { PostedForm } from "../ui/page-form";

/**
 * A form post of the organisation form, as the service's input: every field is sent (an empty
 * one clears the stored value), the checkbox is false when unticked, and the territory box is
 * resolved from the choice made with JavaScript or the text typed without.
 */
export async function organisationFormInput(
  deps: Pick<Deps, "db">,
  form: PostedForm,
): Promise<{ ok: true; input: Record<string, unknown> } | Failure> {
  const territory = await resolveTerritoryInput(deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  if (!territory.ok) return territory;
  return {
    ok: true,
    input: {
      name: form.text("name"),
      kind: form.text("kind"),
      siren: form.text("siren"),
      siret: form.text("siret"),
      legalForm: form.text("legalForm"),
      esusUntil: form.text("esusUntil"),
      siaeKind: form.text("siaeKind"),
      adaptedEnterprise: form.text("adaptedEnterprise") === "on",
      territory: territory.value ? { kind: territory.value.kind, code: territory.value.code } : null,
      website: form.text("website"),
      email: form.text("email"),
      phone: form.text("phone"),
      notes: form.text("notes"),
    },
  };
}
