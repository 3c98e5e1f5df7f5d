import { asc, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { model } from "../db/schema";
import { modelScopeOf } from "./model-access";
import type { ModelCsvColumn } from "./model-csv";

export type ExportedModel = Record<ModelCsvColumn, unknown> & { id: string };

/**
 * Every model the actor may see (published ones, and the drafts of their Fabriques), in the
 * import format, so an export can be imported elsewhere or edited and imported back.
 */
export async function exportModels(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
): Promise<Result<ExportedModel[], never>> {
  const scope = modelScopeOf(actor);
  const own: SQL = scope.allFabriques
    ? sql`true`
    : scope.fabriqueIds.length
      ? sql`${model.ownerFabriqueId} = any(${sql.param(scope.fabriqueIds)}::uuid[])`
      : sql`false`;
  const rows = await deps.db
    .select()
    .from(model)
    .where(sql`${model.status} = 'published' or (${model.status} = 'draft' and ${own})`)
    .orderBy(asc(model.title), asc(model.id));
  return ok(
    rows.map((row) => ({
      id: row.id,
      externalId: row.externalId ?? `essaim:${row.id}`,
      title: row.title,
      summary: row.summary,
      description: row.description,
      themes: row.themes,
      publics: row.publics,
      tags: row.tags,
      legalForms: row.legalForms,
      replicationType: row.replicationType,
      originOrganisation: row.originOrganisation,
      originTerritory: row.originTerritoryKind
        ? `${row.originTerritoryKind}:${row.originTerritoryCode}`
        : null,
      presence: row.presence,
      contact: row.contact,
      revenueMix: row.revenueMix,
      typicalBudgetCents: row.typicalBudgetCents,
      jobsFte: row.jobsFte,
      insertionJobsFte: row.insertionJobsFte,
      disabilityJobsFte: row.disabilityJobsFte,
      investmentCents: row.investmentCents,
      premises: row.premises,
      prerequisites: row.prerequisites,
      sourceUrl: row.sourceUrls[0] ?? null,
      sourceUrls: row.sourceUrls.slice(1),
      status: row.status === "archived" ? "draft" : row.status,
    })),
  );
}
