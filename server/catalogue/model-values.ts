import type { model } from "../db/schema";
import type { ModelFields } from "./model-schemas";

/** The columns of `model` that a validated description fills (ownership and status aside). */
export function toModelValues(fields: ModelFields) {
  const { originTerritory, ...rest } = fields;
  return {
    ...rest,
    typicalBudgetCents: rest.typicalBudgetCents ?? null,
    jobsFte: rest.jobsFte ?? null,
    insertionJobsFte: rest.insertionJobsFte ?? null,
    disabilityJobsFte: rest.disabilityJobsFte ?? null,
    investmentCents: rest.investmentCents ?? null,
    replicationType: rest.replicationType ?? null,
    originTerritoryKind: originTerritory?.kind ?? null,
    originTerritoryCode: originTerritory?.code ?? null,
  } satisfies Partial<typeof model.$inferInsert>;
}
