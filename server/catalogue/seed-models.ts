import { createHash } from "node:crypto";
import { fieldErrors } from "../core/validation";
import type { Db } from "../db/database";
import { insertModels } from "./model-factory";
import { modelFields } from "./model-schemas";
import { toModelValues } from "./model-values";
import { seedModels } from "./seed/models-data";

/** A fixed UUID derived from a name, so demo links stay the same from one install to the next. */
export function stableUuid(name: string): string {
  const hex = createHash("sha1").update(`essaim:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const seedModelId = (externalId: string) => stableUuid(externalId);

/**
 * The demo catalogue (`seed/models-data.ts`): every model validated by the same schema as a
 * proposal, published by the network animator, except the few still drafts of a demo Fabrique.
 */
export async function seedCatalogueModels(
  db: Db,
  context: { fabriqueIds: { emergence: string; atis: string }; animatorId: string; at: Date },
): Promise<number> {
  const rows = seedModels.map(({ externalId, draftOf, ...description }) => {
    const parsed = modelFields.safeParse(description);
    if (!parsed.success) {
      throw new Error(`seed model ${externalId} is invalid: ${JSON.stringify(fieldErrors(parsed.error))}`);
    }
    return {
      ...toModelValues(parsed.data),
      id: seedModelId(externalId),
      externalId,
      status: draftOf ? ("draft" as const) : ("published" as const),
      ownerFabriqueId: draftOf ? context.fabriqueIds[draftOf] : null,
      createdByUserId: context.animatorId,
      statusChangedAt: context.at,
      createdAt: context.at,
      updatedAt: context.at,
    };
  });
  await insertModels(db, rows, { reason: "Catalogue de démonstration", byUserId: context.animatorId });
  return rows.length;
}
