import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { parisDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { type InitiativeStage, initiative, type WorkingStage } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { queueWebhooks } from "../webhooks/queue-webhooks";
import { loadInitiativeForActor } from "./initiative-access";
import { loadInitiativeFacts } from "./initiative-facts";
import { recordInitiativeEvent } from "./initiative-journal";
import { type MoveInitiativeInput, moveInitiativeInput } from "./initiative-schemas";
import { checkMove } from "./initiative-workflow";

export type InitiativeMoveResult = {
  id: string;
  from: InitiativeStage;
  stage: InitiativeStage;
  version: number;
};

/**
 * The only writer of `initiative.stage`. The team asks for a stage; the guards are evaluated on
 * the server against what the dossier holds, inside the transaction that writes the move and its
 * journal line. A refusal names every missing piece (`blockedBy`).
 */
export async function moveInitiative(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  id: string,
  input: Unparsed<MoveInitiativeInput>,
): Promise<Result<InitiativeMoveResult, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "TRANSITION_REFUSED">> {
  const loaded = await loadInitiativeForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  if (!loaded.value.access.canMove) return fail("FORBIDDEN");
  const parsed = moveInitiativeInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { to, reason, wakeUpOn } = parsed.data;
  const now = deps.clock.now();
  const today = parisDate(now);

  return deps.db.transaction(
    async (tx): Promise<Result<InitiativeMoveResult, "NOT_FOUND" | "TRANSITION_REFUSED">> => {
      const [current] = await tx.select().from(initiative).where(eq(initiative.id, id)).for("update");
      if (!current) return fail("NOT_FOUND");
      const facts = await loadInitiativeFacts(tx, current, { reason, wakeUpOn: wakeUpOn ?? null, today });
      const decision = checkMove(facts, to);
      if (!decision.allowed) {
        return fail("TRANSITION_REFUSED", {
          message: decision.reasons.join(" "),
          details: { blockedBy: decision.reasons, guards: decision.blockedBy },
        });
      }
      const { move } = decision;
      const [updated] = await tx
        .update(initiative)
        .set({
          stage: to,
          stageEnteredAt: now,
          updatedAt: now,
          stageBeforeDormant: move.kind === "dormant" ? (current.stage as WorkingStage) : null,
          wakeUpOn: move.kind === "dormant" ? (wakeUpOn ?? null) : null,
          abandonReason: move.kind === "abandon" ? reason.trim() : current.abandonReason,
          version: sql`${initiative.version} + 1`,
        })
        .where(and(eq(initiative.id, id), eq(initiative.stage, current.stage)))
        .returning({ version: initiative.version });
      if (!updated) return fail("TRANSITION_REFUSED", { message: fr.initiatives.workflow.changedMeanwhile });
      await recordInitiativeEvent(tx, {
        initiativeId: id,
        kind: "stage",
        fromStage: current.stage,
        toStage: to,
        note: reason.trim(),
        byUserId: actor.userId,
        at: now,
      });
      // The team and the carrier hear of it (partners' access is decided per role: not told).
      await recordNotifications(deps, tx, {
        kind: "stage_changed",
        fabriqueId: current.fabriqueId,
        link: `/projets/${id}`,
        title: current.title,
        detail: t(fr.notifications.details.stage_changed, { stage: fr.initiatives.stages[to] }),
        groupKey: `initiative:${id}`,
        audience: { initiative: { id, fabriqueId: current.fabriqueId }, carrier: true },
        actorUserId: actor.userId,
      });
      const told = {
        type: "initiative",
        id,
        reference: current.reference,
        title: current.title,
        path: `/projets/${id}`,
      } as const;
      const webhook = { fabriqueId: current.fabriqueId, object: told, detail: { from: current.stage, to } };
      await queueWebhooks(deps, tx, { event: "stage_changed", ...webhook });
      if (to === "launch") await queueWebhooks(deps, tx, { event: "launch", ...webhook });
      return ok({ id, from: current.stage, stage: to, version: updated.version });
    },
  );
}
