import { findModel } from "../catalogue/get-model";
import { canReadModel } from "../catalogue/model-access";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";

export type InitiativeFromModel = {
  model: { id: string; title: string; summary: string };
  /** What the form takes from the model: title, summary, themes; the entry point is a replication. */
  prefill: { title: string; summary: string; entryPoint: "replication"; themes: string[] };
};

/**
 * What a new initiative takes from the catalogue model it replicates (`/projets/nouveau?modele=`).
 * A model the actor may not read (another Fabrique's draft, an unknown id) is "not found".
 */
export async function getInitiativeFromModel(
  deps: Pick<Deps, "db">,
  actor: Actor,
  modelId: string,
): Promise<Result<InitiativeFromModel>> {
  const found = modelId ? await findModel(deps, modelId) : undefined;
  if (!found || !canReadModel(actor, found)) return fail("NOT_FOUND");
  return ok({
    model: { id: found.id, title: found.title, summary: found.summary },
    prefill: { title: found.title, summary: found.summary, entryPoint: "replication", themes: found.themes },
  });
}
