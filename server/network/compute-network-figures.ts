import { count } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type FabriqueStatus, fabrique, fabriqueStatuses } from "../db/schema";

export type NetworkFigures = { total: number; byStatus: Record<FabriqueStatus, number> };

/** How many Fabriques the network counts, per status (zeros included), for the network animator. */
export async function computeNetworkFigures(
  deps: Pick<Deps, "db">,
  actor: Actor,
): Promise<Result<NetworkFigures, "FORBIDDEN">> {
  if (!actor.isNetworkAnimator) return fail("FORBIDDEN");
  const rows = await deps.db
    .select({ status: fabrique.status, count: count() })
    .from(fabrique)
    .groupBy(fabrique.status);
  const byStatus = Object.fromEntries(fabriqueStatuses.map((s) => [s, 0])) as Record<FabriqueStatus, number>;
  for (const row of rows) byStatus[row.status] = row.count;
  return ok({ total: rows.reduce((sum, row) => sum + row.count, 0), byStatus });
}
