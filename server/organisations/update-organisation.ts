import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { organisation } from "../db/schema";
import { findOrganisation, type OrganisationRow } from "./get-organisation";
import { refuseDirectoryWrite } from "./organisation-access";
import { type UpdateOrganisationInput, updateOrganisationInput } from "./organisation-schemas";
import { checkOrganisationValues } from "./organisation-values";

/**
 * The team edits an organisation. The edit names the version it was made from; if someone saved
 * meanwhile nothing is written and CONFLICT says so (the page keeps what the user typed).
 */
export async function updateOrganisation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateOrganisationInput>,
): Promise<
  Result<{ id: string; version: number }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">
> {
  const row = await findOrganisation(deps, id);
  if (!row) return fail("NOT_FOUND");
  const refused = refuseDirectoryWrite(actor, row.fabriqueId);
  if (refused) return refused;
  const parsed = updateOrganisationInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  return writeOrganisationEdit(deps, row, parsed.data);
}

/**
 * Writes an edit already parsed and authorised (the team's, or the carrier's on its own card):
 * SIREN/SIRET and territory checked, the version compared so a concurrent save is not lost.
 */
export async function writeOrganisationEdit(
  deps: Pick<Deps, "db" | "clock">,
  row: OrganisationRow,
  data: Partial<z.output<typeof updateOrganisationInput>> & { version: number },
): Promise<Result<{ id: string; version: number }, "CONFLICT" | "INVALID_INPUT">> {
  const id = row.id;
  const { version, territory, ...changes } = data;
  const siret = changes.siret === undefined ? row.siret : changes.siret;
  const siren = changes.siren === undefined ? row.siren : changes.siren;
  const checked = await checkOrganisationValues(deps, { siren, siret, territory });
  if (!checked.ok) return checked;
  const stored = checked.value.territory;
  const [updated] = await deps.db
    .update(organisation)
    .set({
      ...changes,
      siren: checked.value.siren,
      ...(stored !== undefined
        ? { territoryKind: stored?.kind ?? null, territoryCode: stored?.code ?? null }
        : {}),
      version: sql`${organisation.version} + 1`,
      updatedAt: deps.clock.now(),
    })
    .where(and(eq(organisation.id, id), eq(organisation.version, version)))
    .returning({ id: organisation.id, version: organisation.version });
  if (!updated) {
    return fail("CONFLICT", {
      message: fr.organisations.validation.stale,
      details: { currentVersion: row.version },
    });
  }
  return ok(updated);
}
