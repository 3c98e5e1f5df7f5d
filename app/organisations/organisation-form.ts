import { redirect } from "react-router";
import type { Deps } from "../../server/core/deps";
import type { Failure, Result } from "../../server/core/result";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";

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

/**
 * The action of a page that edits a stored card (`organisation-edit.tsx`, `carrier-organisation.tsx`):
 * the post as the service's input with the version the card was read at, saved by the page's
 * service; the refusal with what was typed, or the redirect to `done` once saved.
 */
export async function saveOrganisationCard(
  deps: Pick<Deps, "db">,
  request: Request,
  save: (input: Record<string, unknown>) => Promise<Result<unknown>>,
  done: string,
) {
  const form = await readForm(request);
  const prepared = await organisationFormInput(deps, form);
  if (!prepared.ok) return replyFailure(prepared, form);
  const result = await save({ ...prepared.input, version: form.text("version") });
  if (!result.ok) return replyFailure(result, form);
  return redirect(done);
}
