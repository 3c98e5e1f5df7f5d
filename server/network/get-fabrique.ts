import { type Actor, canReadFabrique } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { type FabriqueDetails, findFabriqueBySlug } from "./fabrique-query";

/** A Fabrique by its slug, for someone with access to its private space; NOT_FOUND for anyone else. */
export async function getFabrique(
  deps: Pick<Deps, "db">,
  actor: Actor,
  slug: string,
): Promise<Result<FabriqueDetails, "NOT_FOUND">> {
  const row = await findFabriqueBySlug(deps.db, slug);
  if (!row || !canReadFabrique(actor, row.id)) return fail("NOT_FOUND");
  return ok(row);
}
