import { and, eq, gte, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { model } from "../db/schema";
import { findModel, type ModelRow } from "./get-model";
import { canEditModel, canReadModel } from "./model-access";
import { indexModels } from "./model-index";
import { type ModelFieldsInput, modelFields, type UpdateModelInput } from "./model-schemas";
import { toModelValues } from "./model-values";
import { existingTerritoryKeys } from "./territory-check";

const versionToken = z.int().min(1);
/** The former token, still accepted for one release of the API (decision record 0054). */
const legacyToken = z.iso.datetime({ offset: true });

/** The WHERE condition that the model is still as the editor read it, or null without a token. */
function unchangedSince(raw: Record<string, unknown>) {
  const version = versionToken.safeParse(typeof raw.version === "string" ? Number(raw.version) : raw.version);
  if (version.success) return eq(model.version, version.data);
  const legacy = legacyToken.safeParse(raw.updatedAt);
  if (!legacy.success) return null;
  // The timestamp is read back with millisecond precision while the column may hold
  // microseconds: the condition matches the millisecond it names.
  const readAt = new Date(legacy.data);
  return and(gte(model.updatedAt, readAt), lt(model.updatedAt, new Date(readAt.getTime() + 1)));
}

/** A stored model as the input of `modelFields`, so an edit that names some fields keeps the others. */
export function modelFieldsOf(row: ModelRow): ModelFieldsInput {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    themes: row.themes,
    publics: row.publics,
    tags: row.tags,
    revenueMix: row.revenueMix,
    typicalBudgetCents: row.typicalBudgetCents,
    jobsFte: row.jobsFte,
    insertionJobsFte: row.insertionJobsFte,
    disabilityJobsFte: row.disabilityJobsFte,
    investmentCents: row.investmentCents,
    premises: row.premises,
    legalForms: row.legalForms,
    prerequisites: row.prerequisites,
    replicationType: row.replicationType,
    originOrganisation: row.originOrganisation,
    originTerritory: row.originTerritoryKind ? `${row.originTerritoryKind}:${row.originTerritoryCode}` : null,
    presence: row.presence,
    contact: row.contact,
    sourceUrls: row.sourceUrls,
  };
}

/**
 * Edit a model's description: its Fabrique's team while it is a draft, the network animator at
 * any status. The edit names the `version` it was made from (or, for one more release of the
 * API, the `updatedAt` it read); the UPDATE's WHERE names it too, so a model saved meanwhile is not overwritten: CONFLICT, and
 * the page keeps what was typed. Status and owner are never written here; the search index
 * follows in the same transaction. No field history is kept for models (only the status journal).
 */
export async function updateModel(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateModelInput>,
): Promise<
  Result<
    { id: string; version: number; updatedAt: Date },
    "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND"
  >
> {
  const row = await findModel(deps, id);
  if (!row || !canReadModel(actor, row)) return fail("NOT_FOUND");
  if (!canEditModel(actor, row)) return fail("FORBIDDEN", { message: fr.catalogue.edit.notAllowed });

  const raw = (input ?? {}) as Record<string, unknown>;
  const unchanged = unchangedSince(raw);
  if (!unchanged) {
    const field = raw.version === undefined && raw.updatedAt !== undefined ? "updatedAt" : "version";
    return fail("INVALID_INPUT", { fields: { [field]: fr.catalogue.edit.missingVersion } });
  }
  const merged: Record<string, unknown> = { ...modelFieldsOf(row) };
  for (const key of Object.keys(modelFields.shape)) {
    if (raw[key] !== undefined) merged[key] = raw[key];
  }
  const parsed = modelFields.safeParse(merged);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const fields = parsed.data;
  // A published model keeps what its publication required (the workflow's guards).
  if (row.status === "published" && fields.sourceUrls.length === 0) {
    return fail("INVALID_INPUT", { fields: { sourceUrls: fr.catalogue.workflow.guards.citesASource } });
  }
  if (fields.originTerritory) {
    const found = await existingTerritoryKeys(deps.db, [fields.originTerritory]);
    if (found.size === 0) {
      return fail("INVALID_INPUT", { fields: { originTerritory: fr.catalogue.proposal.unknownTerritory } });
    }
  }

  const now = deps.clock.now();
  return deps.db.transaction(
    async (tx): Promise<Result<{ id: string; version: number; updatedAt: Date }, "CONFLICT">> => {
      const [updated] = await tx
        .update(model)
        .set({
          ...toModelValues(fields),
          // Every save moves the token forward, even twice in one millisecond or under a fixed clock.
          version: sql`${model.version} + 1`,
          updatedAt: sql`greatest(${now.toISOString()}::timestamptz, ${model.updatedAt} + interval '1 millisecond')`,
        })
        .where(and(eq(model.id, id), unchanged))
        .returning({ id: model.id, version: model.version, updatedAt: model.updatedAt });
      if (!updated) {
        return fail("CONFLICT", {
          message: fr.catalogue.edit.stale,
          details: { currentVersion: row.version, currentUpdatedAt: row.updatedAt.toISOString() },
        });
      }
      await indexModels(tx, [id]);
      return ok(updated);
    },
  );
}
