import { and, eq, inArray } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { findModel } from "../catalogue/get-model";
import { canReadModel } from "../catalogue/model-access";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { membership, organisation, programme, signal } from "../db/schema";
import { checkSignalReferences } from "../signals/insert-signal";
import type { TerritoryRef } from "../territories/territory-schemas";

const v = fr.initiatives.validation;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type References = {
  territory?: TerritoryRef;
  themes?: readonly string[];
  signalIds?: readonly string[];
  modelId?: string | null;
  commissionerOrganisationId?: string | null;
  officerUserId?: string | null;
  programmeIds?: readonly string[];
};

/**
 * Checks what only the database knows about an initiative's links, all at once so the form
 * names every wrong field: territory and themes exist, the signals are the Fabrique's and still
 * open, the model is visible, the commissioner is in the Fabrique's directory, the officer is in
 * its team, the programmes are its own.
 */
export async function checkInitiativeReferences(
  deps: Pick<Deps, "db">,
  actor: Actor,
  fabriqueId: string,
  input: References,
): Promise<
  Result<
    { territory: TerritoryRef | null; signals: { id: string; reference: string; status: string }[] },
    "INVALID_INPUT"
  >
> {
  const fields: Record<string, string> = {};
  const base = await checkSignalReferences(deps, { territory: input.territory, themes: input.themes });
  if (!base.ok) Object.assign(fields, base.fields);
  let signals: { id: string; reference: string; status: string }[] = [];
  if (input.signalIds?.length) {
    // A reference that named no signal of the actor's Fabriques is still text here: unknown.
    const ids = [...new Set(input.signalIds)];
    const known = ids.filter((id) => uuidPattern.test(id));
    signals = known.length
      ? await deps.db
          .select({ id: signal.id, reference: signal.reference, status: signal.status })
          .from(signal)
          .where(and(inArray(signal.id, known), eq(signal.fabriqueId, fabriqueId)))
      : [];
    if (signals.length !== ids.length) fields.signalIds = v.signalIds;
    else {
      const closed = signals.filter((s) => s.status !== "new" && s.status !== "qualified");
      if (closed.length)
        fields.signalIds = t(v.signalNotConvertible, { refs: closed.map((s) => s.reference).join(", ") });
    }
  }
  if (input.modelId) {
    const found = await findModel(deps, input.modelId);
    if (!found || !canReadModel(actor, found)) fields.modelId = v.modelId;
  }
  if (input.commissionerOrganisationId) {
    const [found] = await deps.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(
        and(eq(organisation.id, input.commissionerOrganisationId), eq(organisation.fabriqueId, fabriqueId)),
      );
    if (!found) fields.commissionerOrganisationId = v.commissioner;
  }
  if (input.officerUserId) {
    const [found] = await deps.db
      .select({ id: membership.id })
      .from(membership)
      .where(
        and(
          eq(membership.userId, input.officerUserId),
          eq(membership.fabriqueId, fabriqueId),
          inArray(membership.role, ["admin", "officer"]),
        ),
      );
    if (!found) fields.officerUserId = v.officer;
  }
  if (input.programmeIds?.length) {
    const ids = [...new Set(input.programmeIds)];
    const found = await deps.db
      .select({ id: programme.id })
      .from(programme)
      .where(and(inArray(programme.id, ids), eq(programme.fabriqueId, fabriqueId)));
    if (found.length !== ids.length) fields.programmeIds = v.programme;
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  return ok({ territory: base.ok ? base.value.territory : null, signals });
}
