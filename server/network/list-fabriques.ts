import { inArray } from "drizzle-orm";
import { type Actor, canReadFabrique } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { fabrique } from "../db/schema";
import { type FabriqueDetails, selectFabriques } from "./fabrique-query";

/**
 * The Fabriques someone may open: every one for the network animator, otherwise those whose
 * private space they belong to (a partner or carrier limited to one project sees none of them).
 */
export async function listFabriques(
  deps: Pick<Deps, "db">,
  actor: Actor,
): Promise<Result<FabriqueDetails[], never>> {
  if (actor.isNetworkAnimator) return ok(await selectFabriques(deps.db));
  const ids = [...new Set(actor.memberships.map((m) => m.fabriqueId))].filter((id) =>
    canReadFabrique(actor, id),
  );
  if (ids.length === 0) return ok([]);
  return ok(await selectFabriques(deps.db, inArray(fabrique.id, ids)));
}
