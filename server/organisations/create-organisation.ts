import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { organisation } from "../db/schema";
import { ownerFabrique } from "./organisation-access";
import { type CreateOrganisationInput, createOrganisationInput } from "./organisation-schemas";
import { checkOrganisationValues } from "./organisation-values";

/** The team adds an organisation to its Fabrique's directory. */
export async function createOrganisation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<CreateOrganisationInput>,
): Promise<Result<{ id: string; version: number }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = createOrganisationInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { fabriqueId, territory, ...values } = parsed.data;
  const owner = ownerFabrique(actor, fabriqueId);
  if (!owner) {
    if (fabriqueId) return fail("NOT_FOUND");
    return actor.memberships.some((m) => m.role === "admin" || m.role === "officer")
      ? fail("INVALID_INPUT", { fields: { fabriqueId: fr.organisations.validation.fabrique } })
      : fail("FORBIDDEN");
  }
  const checked = await checkOrganisationValues(deps, {
    siren: values.siren,
    siret: values.siret,
    territory,
  });
  if (!checked.ok) return checked;
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(organisation)
    .values({
      ...values,
      siren: checked.value.siren,
      fabriqueId: owner.id,
      territoryKind: checked.value.territory?.kind ?? null,
      territoryCode: checked.value.territory?.code ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: organisation.id, version: organisation.version });
  return ok(row!);
}
