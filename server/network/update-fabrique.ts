import { eq } from "drizzle-orm";
import { type Actor, canReadFabrique } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { Unparsed } from "../core/validation";
import { fabrique } from "../db/schema";
import { parseFabriqueInput, type UpdateFabriqueInput, updateFabriqueInput } from "./fabrique-input";
import { type FabriqueDetails, findFabriqueBySlug } from "./fabrique-query";

/**
 * The network animator edits a Fabrique's details. The slug stays as it is (shared links would
 * break) and the status only changes through `changeFabriqueStatus`.
 */
export async function updateFabrique(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  slug: string,
  input: Unparsed<UpdateFabriqueInput>,
): Promise<Result<FabriqueDetails, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findFabriqueBySlug(deps.db, slug);
  if (!row || !canReadFabrique(actor, row.id)) return fail("NOT_FOUND");
  // Only the animator manages Fabriques; a member may know that much.
  if (!actor.isNetworkAnimator) return fail("FORBIDDEN");
  const parsed = await parseFabriqueInput(deps.db, updateFabriqueInput, input);
  if (!parsed.ok) return fail("INVALID_INPUT", { fields: parsed.fields });
  await deps.db
    .update(fabrique)
    .set({ ...parsed.value, updatedAt: deps.clock.now() })
    .where(eq(fabrique.id, row.id));
  return ok((await findFabriqueBySlug(deps.db, slug))!);
}
