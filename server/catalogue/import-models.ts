import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { model, modelStatusEvent } from "../db/schema";
import { writeModelStatus } from "./change-model-status";
import { canEditModel, canProposeModel } from "./model-access";
import { indexModels } from "./model-index";
import { resolveModelOwner } from "./model-owner";
import { modelFields } from "./model-schemas";
import { toModelValues } from "./model-values";
import { checkModelTransition } from "./model-workflow";
import { existingTerritoryKeys } from "./territory-check";

export const MAX_IMPORT_ROWS = 5000;

/**
 * One model of an import file (JSON or CSV). `externalId` is the key: importing the same file
 * again updates the models instead of duplicating them. `sourceUrl` is the main source; more may
 * follow in `sourceUrls`. `status` (draft or published) is honoured for the network animator only.
 */
export const importModelRow = modelFields.extend({
  externalId: z.string().trim().min(1).max(200).describe("Identifiant stable du modèle dans votre fichier"),
  sourceUrl: z.url({ protocol: /^https?$/ }).describe("Source principale (adresse web)"),
  status: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(["draft", "published"]).optional())
    .describe("draft (par défaut) ou published (animation du réseau seulement)"),
});
export type ImportModelRow = z.input<typeof importModelRow>;

export type ImportRejection = { index: number; externalId: string | null; errors: Record<string, string> };
export type ImportReport = { imported: number; updated: number; rejected: ImportRejection[] };

type ValidRow = { index: number; row: z.output<typeof importModelRow> };

/** Each row on its own: the schema, an `externalId` twice in the file, who may publish. */
function checkRows(actor: Actor, rows: unknown[]) {
  const text = fr.catalogue.imports;
  const rejected: ImportRejection[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const parsed = importModelRow.safeParse(raw);
    const externalId =
      raw && typeof raw === "object" && typeof (raw as { externalId?: unknown }).externalId === "string"
        ? ((raw as { externalId: string }).externalId.trim() ?? null)
        : null;
    const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
    if (externalId) {
      if (seen.has(externalId)) errors.externalId = text.duplicate;
      else seen.set(externalId, index);
    }
    if (parsed.success && parsed.data.status === "published" && !actor.isNetworkAnimator) {
      errors.status = text.onlyNetworkPublishes;
    }
    if (Object.keys(errors).length) rejected.push({ index, externalId, errors });
    else if (parsed.success) valid.push({ index, row: parsed.data });
  });

  return { rejected, valid };
}

/**
 * Import models, all or nothing: every row is checked (schema, duplicates in the file, who may
 * change an existing model, territories, workflow) before anything is written; one rejected row
 * and nothing is written, the report says which rows and why (INVALID_INPUT, the report in
 * `details`). Idempotent on `externalId`.
 */
export async function importModels(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  rows: unknown,
  options: { fabriqueId?: string } = {},
): Promise<Result<ImportReport, "FORBIDDEN" | "INVALID_INPUT" | "TRANSITION_REFUSED">> {
  if (!canProposeModel(actor)) return fail("FORBIDDEN", { message: fr.catalogue.proposal.notInATeam });
  const text = fr.catalogue.imports;
  if (!Array.isArray(rows)) return fail("INVALID_INPUT", { message: text.notAList });
  if (rows.length === 0) return fail("INVALID_INPUT", { message: text.empty });
  if (rows.length > MAX_IMPORT_ROWS) {
    return fail("INVALID_INPUT", { message: t(text.tooMany, { max: MAX_IMPORT_ROWS }) });
  }
  const owner = resolveModelOwner(actor, options.fabriqueId);
  if (!owner.ok) return owner;

  const { rejected, valid } = checkRows(actor, rows);
  const externalIds = valid.map((v) => v.row.externalId);
  const existing = externalIds.length
    ? await deps.db.select().from(model).where(inArray(model.externalId, externalIds))
    : [];
  const byExternalId = new Map(existing.map((row) => [row.externalId!, row]));
  const territories = await existingTerritoryKeys(
    deps.db,
    valid.flatMap((v) => (v.row.originTerritory ? [v.row.originTerritory] : [])),
  );
  const errorsOf = (index: number, externalId: string) => {
    let entry = rejected.find((r) => r.index === index);
    if (!entry) {
      entry = { index, externalId, errors: {} };
      rejected.push(entry);
    }
    return entry.errors;
  };
  for (const { index, row } of valid) {
    const current = byExternalId.get(row.externalId);
    if (current && !canEditModel(actor, current)) errorsOf(index, row.externalId).externalId = text.notYours;
    if (row.originTerritory && !territories.has(`${row.originTerritory.kind}:${row.originTerritory.code}`)) {
      errorsOf(index, row.externalId).originTerritory = fr.catalogue.proposal.unknownTerritory;
    }
    if (current && row.status && row.status !== current.status) {
      const check = checkModelTransition(current.status, row.status, {
        reason: fr.catalogue.journal.importUpdated,
        themes: row.themes,
        sourceUrls: [row.sourceUrl, ...row.sourceUrls],
      });
      if (!check.allowed) errorsOf(index, row.externalId).status = check.reasons.join(" ");
    }
  }
  if (rejected.length) {
    rejected.sort((a, b) => a.index - b.index);
    const report: ImportReport = { imported: 0, updated: 0, rejected };
    return fail("INVALID_INPUT", {
      message: t(text.rejected, { count: rejected.length }),
      details: report,
    });
  }

  const now = deps.clock.now();
  try {
    return ok(await writeImport(deps, actor, valid, byExternalId, owner.value, now));
  } catch (error) {
    if (error instanceof ChangedMeanwhile) {
      return fail("TRANSITION_REFUSED", { message: fr.catalogue.workflow.changedMeanwhile });
    }
    throw error;
  }
}

/** A model's status moved between the checks and the writing: the import is abandoned. */
class ChangedMeanwhile extends Error {}

async function writeImport(
  deps: Pick<Deps, "db">,
  actor: Actor,
  valid: { index: number; row: z.output<typeof importModelRow> }[],
  byExternalId: Map<string, typeof model.$inferSelect>,
  ownerFabriqueId: string | null,
  now: Date,
): Promise<ImportReport> {
  return deps.db.transaction(async (tx) => {
    let imported = 0;
    let updated = 0;
    const ids: string[] = [];
    for (const { row } of valid) {
      const { externalId, sourceUrl, status, ...fields } = row;
      const values = {
        ...toModelValues(fields),
        sourceUrls: [...new Set([sourceUrl, ...fields.sourceUrls])],
        updatedAt: now,
      };
      const current = byExternalId.get(externalId);
      if (current) {
        await tx
          .update(model)
          .set({ ...values, version: sql`${model.version} + 1` })
          .where(eq(model.id, current.id));
        if (status && status !== current.status) {
          const check = checkModelTransition(current.status, status, {
            reason: fr.catalogue.journal.importUpdated,
            themes: values.themes,
            sourceUrls: values.sourceUrls,
          });
          if (!check.allowed || !(await writeModelStatus(tx, current.id, check.transition, now))) {
            throw new ChangedMeanwhile();
          }
          await tx.insert(modelStatusEvent).values({
            modelId: current.id,
            fromStatus: current.status,
            toStatus: status,
            reason: fr.catalogue.journal.importUpdated,
            byUserId: actor.userId,
            at: now,
          });
        }
        ids.push(current.id);
        updated++;
      } else {
        const initial = status ?? "draft";
        const [inserted] = await tx
          .insert(model)
          .values({
            ...values,
            externalId,
            status: initial,
            ownerFabriqueId,
            createdByUserId: actor.userId,
            statusChangedAt: now,
            createdAt: now,
          })
          .returning({ id: model.id });
        await tx.insert(modelStatusEvent).values({
          modelId: inserted!.id,
          fromStatus: null,
          toStatus: initial,
          reason: fr.catalogue.journal.imported,
          byUserId: actor.userId,
          at: now,
        });
        ids.push(inserted!.id);
        imported++;
      }
    }
    await indexModels(tx, ids);
    return { imported, updated, rejected: [] };
  });
}
