import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import {
  type UpdateOwnOrganisationInput,
  updateOwnOrganisationInput,
} from "../organisations/organisation-schemas";
import { writeOrganisationEdit } from "../organisations/update-organisation";
import { loadCarrierOrganisation } from "./carrier-organisation-access";

/**
 * The carrier account edits its own organisation's card (name, SIREN/SIRET, legal form,
 * agréments, territory, website, e-mail, phone), with the same checks and version as the team's
 * edit; the Fabrique's fields (kind, notes) are not among the fields it may send. Any other
 * organisation answers NOT_FOUND.
 */
export async function updateCarrierOrganisation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  organisationId: string,
  input: Unparsed<UpdateOwnOrganisationInput>,
): Promise<Result<{ id: string; version: number }, "CONFLICT" | "INVALID_INPUT" | "NOT_FOUND">> {
  const loaded = await loadCarrierOrganisation(deps, actor, organisationId);
  if (!loaded.ok) return loaded;
  const parsed = updateOwnOrganisationInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  return writeOrganisationEdit(deps, loaded.value, parsed.data);
}
