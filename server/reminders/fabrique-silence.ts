import { eq } from "drizzle-orm";
import { type WorkingStage, workingStages } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type Actor, isFabriqueAdmin } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique } from "../db/schema";

/** The most days of silence a Fabrique may set for a stage. */
export const MAX_SILENCE_DAYS = 999;

export type FabriqueSilence = {
  fabrique: { id: string; slug: string; name: string };
  /** Per working stage: the Fabrique's own days (null: the installation's), and the installation's. */
  stages: { stage: WorkingStage; days: number | null; installation: number }[];
};

async function adminFabrique(deps: Pick<Deps, "db">, actor: Actor, slug: string) {
  const [row] = await deps.db
    .select({ id: fabrique.id, slug: fabrique.slug, name: fabrique.name, own: fabrique.staleAfterDays })
    .from(fabrique)
    .where(eq(fabrique.slug, slug));
  return row && isFabriqueAdmin(actor, row.id) ? row : undefined;
}

/**
 * The days of silence after which the Fabrique's initiatives are flagged « sans activité » (issue
 * 17), stage by stage, for its admins; anyone else gets NOT_FOUND.
 */
export async function getFabriqueSilence(
  deps: Pick<Deps, "db" | "config">,
  actor: Actor,
  slug: string,
): Promise<Result<FabriqueSilence, "NOT_FOUND">> {
  const row = await adminFabrique(deps, actor, slug);
  if (!row) return fail("NOT_FOUND");
  return ok({
    fabrique: { id: row.id, slug: row.slug, name: row.name },
    stages: workingStages.map((stage) => ({
      stage,
      days: typeof row.own[stage] === "number" ? row.own[stage] : null,
      installation: deps.config.staleAfterDays[stage],
    })),
  });
}

/**
 * Its admins set the Fabrique's days per stage: one field per working stage, empty for the
 * installation's value, 0 to never flag it, at most MAX_SILENCE_DAYS. A wrong value refuses the
 * form and names the stage.
 */
export async function updateFabriqueSilence(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  slug: string,
  input: Record<string, string | undefined>,
): Promise<Result<Record<string, number>, "NOT_FOUND" | "INVALID_INPUT">> {
  const row = await adminFabrique(deps, actor, slug);
  if (!row) return fail("NOT_FOUND");
  const own: Record<string, number> = {};
  const fields: Record<string, string> = {};
  for (const stage of workingStages) {
    const value = (input[stage] ?? "").trim();
    if (value === "") continue;
    if (/^\d{1,3}$/.test(value) && Number(value) <= MAX_SILENCE_DAYS) own[stage] = Number(value);
    else fields[stage] = t(fr.reminders.silence.invalid, { stage: fr.initiatives.stages[stage] });
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  await deps.db
    .update(fabrique)
    .set({ staleAfterDays: own, updatedAt: deps.clock.now() })
    .where(eq(fabrique.id, row.id));
  return ok(own);
}
