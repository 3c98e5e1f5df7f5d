import type { Db } from "../db/database";
import { model, modelStatusEvent } from "../db/schema";
import { indexModels } from "./model-index";

export type ModelValues = Partial<typeof model.$inferInsert> & {
  title: string;
  summary: string;
  description: string;
};

/**
 * Insert models as they are (no validation), with their first journal line, and index them.
 * Shared by the demo seed, the tests and the benchmark so all three build the same rows.
 */
export async function insertModels(
  db: Db,
  rows: readonly ModelValues[],
  options: { reason?: string; byUserId?: string | null; index?: boolean } = {},
) {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(model)
    .values([...rows])
    .returning();
  await db.insert(modelStatusEvent).values(
    inserted.map((row) => ({
      modelId: row.id,
      fromStatus: null,
      toStatus: row.status,
      reason: options.reason ?? "Création",
      byUserId: options.byUserId ?? null,
      at: row.createdAt,
    })),
  );
  if (options.index !== false) {
    await indexModels(
      db,
      inserted.map((row) => row.id),
    );
  }
  return inserted;
}

export async function insertModel(db: Db, values: ModelValues, options: { byUserId?: string | null } = {}) {
  const [row] = await insertModels(db, [values], options);
  return row!;
}
