import { asc, eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { model } from "../db/schema";

/** The published catalogue models: the one a copil decides to replicate, the one a launch replicates. */
export async function listReplicableModels(deps: Pick<Deps, "db">): Promise<{ id: string; title: string }[]> {
  return deps.db
    .select({ id: model.id, title: model.title })
    .from(model)
    .where(eq(model.status, "published"))
    .orderBy(asc(model.title));
}
