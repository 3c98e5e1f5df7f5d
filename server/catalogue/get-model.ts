import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, type ModelStatus, model, modelStatusEvent, theme, user } from "../db/schema";
import { canChangeModelStatus, canEditModel, canReadModel } from "./model-access";
import { type ModelTransition, modelTransitionsFrom } from "./model-workflow";

export type ModelRow = typeof model.$inferSelect;

export type ModelDetails = ModelRow & {
  ownerFabrique: { id: string; name: string; slug: string } | null;
  originTerritoryName: string | null;
  themeLabels: { code: string; label: string }[];
  /** What this actor may do now: the workflow's next steps (animator), editing. */
  transitions: Pick<ModelTransition, "name" | "to" | "label" | "reasonRequired">[];
  canEdit: boolean;
};

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** The stored row, if it exists (no visibility check: callers check it). */
export async function findModel(deps: Pick<Deps, "db">, id: string): Promise<ModelRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await deps.db.select().from(model).where(eq(model.id, id));
  return row;
}

/** One model as its page and the API show it; a model the actor may not see is "not found". */
export async function getModel(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<ModelDetails, "NOT_FOUND">> {
  const row = await findModel(deps, id);
  if (!row || !canReadModel(actor, row)) return fail("NOT_FOUND");
  const [owner] = row.ownerFabriqueId
    ? await deps.db
        .select({ id: fabrique.id, name: fabrique.name, slug: fabrique.slug })
        .from(fabrique)
        .where(eq(fabrique.id, row.ownerFabriqueId))
    : [];
  const territoryName = row.originTerritoryKind
    ? (
        await deps.db.execute<{ name: string }>(sql`
          select name from territory where kind = ${row.originTerritoryKind} and code = ${row.originTerritoryCode}`)
      ).rows[0]?.name
    : undefined;
  const themes = await deps.db
    .select({ code: theme.code, label: theme.label })
    .from(theme)
    .orderBy(asc(theme.position));
  const transitions = canChangeModelStatus(actor)
    ? modelTransitionsFrom(row.status).map(({ name, to, label, reasonRequired }) => ({
        name,
        to,
        label,
        reasonRequired,
      }))
    : [];
  return ok({
    ...row,
    ownerFabrique: owner ?? null,
    originTerritoryName: territoryName ?? null,
    themeLabels: themes.filter((t) => row.themes.includes(t.code)),
    transitions,
    canEdit: canEditModel(actor, row),
  });
}

export type ModelStatusEventRow = {
  fromStatus: ModelStatus | null;
  toStatus: ModelStatus;
  reason: string;
  at: Date;
  byName: string | null;
};

/** The model's journal, oldest first, for whoever may see the model. */
export async function listModelStatusEvents(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<ModelStatusEventRow[], "NOT_FOUND">> {
  const row = await findModel(deps, id);
  if (!row || !canReadModel(actor, row)) return fail("NOT_FOUND");
  const events = await deps.db
    .select({
      fromStatus: modelStatusEvent.fromStatus,
      toStatus: modelStatusEvent.toStatus,
      reason: modelStatusEvent.reason,
      at: modelStatusEvent.at,
      byName: user.name,
    })
    .from(modelStatusEvent)
    .leftJoin(user, eq(user.id, modelStatusEvent.byUserId))
    .where(eq(modelStatusEvent.modelId, id))
    .orderBy(asc(modelStatusEvent.at));
  return ok(events);
}
