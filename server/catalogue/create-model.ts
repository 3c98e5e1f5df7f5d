import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { model, modelStatusEvent } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { canProposeModel } from "./model-access";
import { indexModels } from "./model-index";
import { resolveModelOwner } from "./model-owner";
import { type CreateModelInput, createModelInput } from "./model-schemas";
import { toModelValues } from "./model-values";
import { existingTerritoryKeys } from "./territory-check";

/**
 * A Fabrique team member (or the network animator) proposes a model: it starts as a draft owned
 * by their Fabrique (the network's for the animator), visible to that Fabrique and the network
 * only until the animator publishes it.
 */
export async function createModel(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  input: Unparsed<CreateModelInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT">> {
  if (!canProposeModel(actor)) return fail("FORBIDDEN", { message: fr.catalogue.proposal.notInATeam });
  const parsed = createModelInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { fabriqueId, ...fields } = parsed.data;
  const owner = resolveModelOwner(actor, fabriqueId);
  if (!owner.ok) return owner;
  if (fields.originTerritory) {
    const found = await existingTerritoryKeys(deps.db, [fields.originTerritory]);
    if (found.size === 0) {
      return fail("INVALID_INPUT", { fields: { originTerritory: fr.catalogue.proposal.unknownTerritory } });
    }
  }
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(model)
      .values({
        ...toModelValues(fields),
        status: "draft",
        ownerFabriqueId: owner.value,
        createdByUserId: actor.userId,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: model.id });
    await tx.insert(modelStatusEvent).values({
      modelId: row!.id,
      fromStatus: null,
      toStatus: "draft",
      reason: fr.catalogue.journal.proposed,
      byUserId: actor.userId,
      at: now,
    });
    await indexModels(tx, [row!.id]);
    // The network animators curate the catalogue: a draft waits for them to publish it.
    await recordNotifications(deps, tx, {
      kind: "model_awaiting_publication",
      fabriqueId: owner.value,
      link: `/catalogue/${row!.id}`,
      title: fields.title,
      detail: fr.notifications.details.model_awaiting_publication,
      groupKey: "model_awaiting_publication",
      audience: { animators: true },
      actorUserId: actor.userId,
    });
    return row!.id;
  });
  return ok({ id });
}
