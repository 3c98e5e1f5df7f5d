import { and, desc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import {
  type DecisionKind,
  type DecisionPath,
  decision,
  type MeetingKind,
  meeting,
  model,
} from "../db/schema";
import { loadInitiativeForActor, loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { recordNotifications } from "../notifications/record-notifications";
import { queueWebhooks } from "../webhooks/queue-webhooks";
import { type DecisionInput, decisionInput } from "./meeting-schemas";
import { canSeeDecision } from "./meeting-visibility";

const text = fr.meetings.decisions;

export type DecisionView = {
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingKind: MeetingKind | null;
  stage: string;
  kind: DecisionKind;
  path: DecisionPath | null;
  modelId: string | null;
  modelTitle: string | null;
  rationale: string;
  decidedBy: string;
  decidedOn: string;
  recordedAt: Date;
};

/**
 * An initiative's decisions the actor may see, latest first. A decision taken in a copil meeting
 * is a copil decision: only those who see the copil read it. `meetingId` narrows to one meeting.
 */
export async function listDecisions(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  options: { meetingId?: string } = {},
): Promise<Result<DecisionView[], "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select({
      id: decision.id,
      meetingId: decision.meetingId,
      meetingTitle: meeting.title,
      meetingKind: meeting.kind,
      stage: decision.stage,
      kind: decision.kind,
      path: decision.path,
      modelId: decision.modelId,
      modelTitle: model.title,
      rationale: decision.rationale,
      decidedBy: decision.decidedBy,
      decidedOn: decision.decidedOn,
      recordedAt: decision.recordedAt,
    })
    .from(decision)
    .leftJoin(meeting, eq(meeting.id, decision.meetingId))
    .leftJoin(model, eq(model.id, decision.modelId))
    .where(
      options.meetingId
        ? and(eq(decision.initiativeId, initiativeId), eq(decision.meetingId, options.meetingId))
        : eq(decision.initiativeId, initiativeId),
    )
    .orderBy(desc(decision.decidedOn), desc(decision.recordedAt));
  return ok(rows.filter((row) => canSeeDecision(loaded.value.access, row.meetingKind)));
}

/**
 * Records a gate decision, on a meeting of the initiative or alone. The decision belongs to the
 * stage the initiative is in (the stage guards read it: leaving the opportunity study needs a go
 * or no-go taken in a steering-committee meeting in that stage). The path (new model, replicate a
 * catalogue model, no enterprise) is only chosen at the opportunity-study gate.
 */
export async function createDecision(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<DecisionInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "decision.record");
  if (!loaded.ok) return loaded;
  const parsed = decisionInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const values = parsed.data;
  const stage = loaded.value.initiative.stage;
  const fields: Record<string, string> = {};
  if (values.path && stage !== "opportunity_study") fields.path = text.validation.pathStage;
  if (values.path === "replicate_model" && !values.modelId) fields.modelId = text.validation.modelRequired;
  const modelId = values.path === "replicate_model" ? values.modelId : null;
  if (modelId) {
    const [found] = await deps.db
      .select({ id: model.id })
      .from(model)
      .where(and(eq(model.id, modelId), eq(model.status, "published")));
    if (!found) fields.modelId = text.validation.model;
  }
  let copil = false;
  if (values.meetingId) {
    const [found] = await deps.db
      .select({ id: meeting.id, kind: meeting.kind })
      .from(meeting)
      .where(and(eq(meeting.id, values.meetingId), eq(meeting.initiativeId, initiativeId)));
    if (!found) fields.meetingId = text.validation.meeting;
    else copil = found.kind === "steering_committee";
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(decision)
      .values({
        initiativeId,
        meetingId: values.meetingId,
        stage,
        kind: values.kind,
        path: values.path,
        modelId,
        rationale: values.rationale,
        decidedBy: values.decidedBy,
        decidedOn: values.decidedOn,
        recordedByUserId: actor.userId,
        recordedAt: now,
      })
      .returning({ id: decision.id });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "decision",
      note: t(fr.meetings.journal.decision, { kind: text.kinds[values.kind], rationale: values.rationale }),
      // A copil decision is not for partners outside the copil: its journal line is team-only.
      teamOnly: copil,
      byUserId: actor.userId,
      at: now,
    });
    if (copil) {
      const { initiative } = loaded.value;
      await tellCopilDecision(deps, tx, { ...initiative, id: initiativeId }, values, actor.userId);
    }
    return row!.id;
  });
  return ok({ id });
}

/**
 * A copil decision told in its transaction to the team (partners outside the copil are not told,
 * like its journal line) and to the Fabrique's webhooks that chose it (decision record 0116).
 */
async function tellCopilDecision(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  tx: Db,
  initiative: { id: string; fabriqueId: string; title: string; stage: string },
  values: { kind: DecisionKind; path: DecisionPath | null; decidedOn: string },
  actorUserId: string,
) {
  const link = `/projets/${initiative.id}`;
  await recordNotifications(deps, tx, {
    kind: "copil_decision",
    fabriqueId: initiative.fabriqueId,
    link,
    title: initiative.title,
    detail: `${fr.notifications.details.copil_decision} : ${text.kinds[values.kind]}`,
    groupKey: `initiative:${initiative.id}`,
    audience: { initiative: { id: initiative.id, fabriqueId: initiative.fabriqueId }, carrier: false },
    actorUserId,
  });
  await queueWebhooks(deps, tx, {
    event: "copil_decision",
    fabriqueId: initiative.fabriqueId,
    object: { type: "initiative", id: initiative.id, title: initiative.title, path: link },
    detail: { kind: values.kind, path: values.path, decidedOn: values.decidedOn, stage: initiative.stage },
  });
}
