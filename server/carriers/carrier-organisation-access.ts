import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { carrierCandidate, initiative, organisation } from "../db/schema";
import { findOrganisation, type OrganisationRow } from "../organisations/get-organisation";

/** The initiatives on which the actor holds the carrier role (an account given by `inviteCarrier`). */
function carrierInitiativeIds(actor: Actor): string[] {
  return actor.memberships.flatMap((m) => (m.role === "carrier" && m.initiativeId ? [m.initiativeId] : []));
}

/**
 * The organisations a carrier account may edit: the directory card of each retained carrier
 * candidate linked to this account (`carrier_candidate.user_id`), on an initiative the account
 * is still the carrier of, and kept in that initiative's Fabrique's directory.
 */
export async function listCarrierOrganisationIds(
  deps: Pick<Deps, "db">,
  actor: Actor,
  initiativeId?: string,
): Promise<string[]> {
  const initiatives = carrierInitiativeIds(actor).filter((id) => !initiativeId || id === initiativeId);
  if (!initiatives.length) return [];
  const rows = await deps.db
    .selectDistinct({ id: organisation.id })
    .from(carrierCandidate)
    .innerJoin(initiative, eq(initiative.id, carrierCandidate.initiativeId))
    .innerJoin(
      organisation,
      and(
        eq(organisation.id, carrierCandidate.organisationId),
        eq(organisation.fabriqueId, initiative.fabriqueId),
      ),
    )
    .where(
      and(
        eq(carrierCandidate.userId, actor.userId),
        eq(carrierCandidate.status, "chosen"),
        inArray(carrierCandidate.initiativeId, initiatives),
      ),
    );
  return rows.map((row) => row.id);
}

/**
 * The carrier's own organisation card, for the carrier account only. Any other organisation
 * (another carrier's, one of the directory, another Fabrique's) does not exist for it: NOT_FOUND.
 */
export async function loadCarrierOrganisation(
  deps: Pick<Deps, "db">,
  actor: Actor,
  organisationId: string,
): Promise<Result<OrganisationRow, "NOT_FOUND">> {
  const row = await findOrganisation(deps, organisationId);
  if (!row) return fail("NOT_FOUND");
  const own = await listCarrierOrganisationIds(deps, actor);
  return own.includes(row.id) ? ok(row) : fail("NOT_FOUND");
}
