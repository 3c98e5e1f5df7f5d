import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed, wholeNumber } from "../core/validation";
import { forecast, scenarioKinds } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { refusedAidRates } from "./aid-rates";
import { type Forecast, loadForecastForActor, toForecast } from "./forecast-access";
import { forecastInputs } from "./forecast-inputs";

export const updateForecastInput = z.object({
  version: wholeNumber({ min: 1 }).describe("Version lue avant la modification (409 si elle a changé)"),
  name: z.string().trim().min(1).max(120).optional(),
  scenarioKind: z.enum(scenarioKinds).optional(),
  inputs: forecastInputs.optional().describe("Hypothèses complètes (remplacent les précédentes)"),
});
export type UpdateForecastInput = z.input<typeof updateForecastInput>;

/**
 * Saves a scenario as a whole (optimistic concurrency: the edit names the version it started
 * from; a stale one is a CONFLICT and nothing is written).
 */
export async function updateForecast(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  id: string,
  input: Unparsed<UpdateForecastInput>,
): Promise<Result<Forecast, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadForecastForActor(deps, actor, id, "edit");
  if (!loaded.ok) return loaded;
  const parsed = updateForecastInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const refused = parsed.data.inputs && (await refusedAidRates(deps, parsed.data.inputs));
  if (refused) return fail("INVALID_INPUT", { fields: refused });
  const { version, ...changes } = parsed.data;
  const at = deps.clock.now();
  const current = loaded.value.forecast;
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(forecast)
      .set({ ...changes, updatedAt: at, version: sql`${forecast.version} + 1` })
      .where(and(eq(forecast.id, id), eq(forecast.version, version)))
      .returning();
    if (!row) return fail("CONFLICT", { details: { version: current.version } });
    await recordInitiativeEvent(tx, {
      initiativeId: current.initiativeId,
      kind: "forecast",
      note: `Prévisionnel « ${row.name} » modifié`,
      byUserId: actor!.userId,
      at,
    });
    return ok(toForecast(row));
  });
}
