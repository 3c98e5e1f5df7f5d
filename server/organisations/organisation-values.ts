import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { getTerritory } from "../territories/get-territory";
import type { TerritoryRef } from "../territories/territory-schemas";

const v = fr.organisations.validation;

/**
 * What only holds across fields or in the database: a SIRET starts with the SIREN (a SIRET alone
 * gives the SIREN), and the territory exists (an old commune code answers the current one).
 */
export async function checkOrganisationValues(
  deps: Pick<Deps, "db">,
  values: { siren: string | null; siret: string | null; territory?: TerritoryRef | null },
): Promise<Result<{ siren: string | null; territory: TerritoryRef | null | undefined }, "INVALID_INPUT">> {
  const fields: Record<string, string> = {};
  let siren = values.siren;
  if (values.siret) {
    if (!siren) siren = values.siret.slice(0, 9);
    else if (!values.siret.startsWith(siren)) fields.siret = v.siretNotSiren;
  }
  let territory: TerritoryRef | null | undefined = values.territory;
  if (values.territory) {
    const found = await getTerritory(deps, values.territory);
    if (found.ok) territory = { kind: found.value.kind, code: found.value.code };
    else fields.territory = v.territory;
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  return ok({ siren, territory });
}

/** Whether an ESUS agrément valid until `until` has lapsed on `today` (both `AAAA-MM-JJ`). */
export function isEsusExpired(until: string | null, today: string): boolean {
  return until !== null && until < today;
}

/** Today for a Fabrique: the Paris day. */
export const isoDay = (now: Date) => parisDate(now);
