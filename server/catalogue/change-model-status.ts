import { and, eq, inArray, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { type ModelStatus, model, modelStatusEvent } from "../db/schema";
import { findModel } from "./get-model";
import { canChangeModelStatus, canReadModel } from "./model-access";
import { indexModels } from "./model-index";
import { type ChangeModelStatusInput, changeModelStatusInput } from "./model-schemas";
import { checkModelTransition, type ModelTransition } from "./model-workflow";

export type ModelStatusChange = {
  id: string;
  fromStatus: ModelStatus;
  status: ModelStatus;
  statusChangedAt: Date;
};

/** The only writer of `model.status`: its WHERE names the transition's source states. */
export async function writeModelStatus(db: Db, id: string, transition: ModelTransition, at: Date) {
  const rows = await db
    .update(model)
    .set({ status: transition.to, statusChangedAt: at, updatedAt: at, version: sql`${model.version} + 1` })
    .where(and(eq(model.id, id), inArray(model.status, [...transition.from])))
    .returning({ id: model.id });
  return rows.length === 1;
}

/**
 * The network animator publishes, archives or reopens a model (`model-workflow.ts`): the change,
 * its journal line and the search index move together in one transaction.
 */
export async function changeModelStatus(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<ChangeModelStatusInput>,
): Promise<Result<ModelStatusChange, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "TRANSITION_REFUSED">> {
  const found = await findModel(deps, id);
  if (!found || !canReadModel(actor, found)) return fail("NOT_FOUND");
  if (!canChangeModelStatus(actor)) return fail("FORBIDDEN", { message: fr.catalogue.workflow.onlyNetwork });
  const parsed = changeModelStatusInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { to, reason } = parsed.data;
  const now = deps.clock.now();
  return deps.db.transaction(
    async (tx): Promise<Result<ModelStatusChange, "NOT_FOUND" | "TRANSITION_REFUSED">> => {
      const [current] = await tx.select().from(model).where(eq(model.id, id)).for("update");
      if (!current) return fail("NOT_FOUND");
      const check = checkModelTransition(current.status, to, {
        reason,
        themes: current.themes,
        sourceUrls: current.sourceUrls,
      });
      if (!check.allowed) {
        return fail("TRANSITION_REFUSED", {
          message: check.reasons.join(" "),
          details: { reasons: check.reasons },
        });
      }
      if (!(await writeModelStatus(tx, id, check.transition, now))) {
        return fail("TRANSITION_REFUSED", { message: fr.catalogue.workflow.changedMeanwhile });
      }
      await tx.insert(modelStatusEvent).values({
        modelId: id,
        fromStatus: current.status,
        toStatus: to,
        reason: reason.trim(),
        byUserId: actor.userId,
        at: now,
      });
      await indexModels(tx, [id]);
      return ok({ id, fromStatus: current.status, status: to, statusChangedAt: now });
    },
  );
}
