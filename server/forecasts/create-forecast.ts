import { z } from "zod";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { forecast, scenarioKinds } from "../db/schema";
import { loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { refusedAidRates } from "./aid-rates";
import { type Forecast, loadForecastForActor, toForecast } from "./forecast-access";
import { emptyForecastInputs, type ForecastInputs, forecastInputs } from "./forecast-inputs";

export const createForecastInput = z.object({
  name: z.string().trim().min(1).max(120).describe("Nom du scénario (prudent, central…)"),
  scenarioKind: z.enum(scenarioKinds).default("central").describe("prudent, central, ambitious ou custom"),
  inputs: forecastInputs.optional().describe("Hypothèses ; vide = scénario vierge"),
});
export type CreateForecastInput = z.input<typeof createForecastInput>;

async function insertForecast(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  values: { name: string; scenarioKind: Forecast["scenarioKind"]; inputs: ForecastInputs },
  note: string,
): Promise<Forecast> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(forecast)
      .values({ initiativeId, ...values, createdByUserId: actor.userId, createdAt: at, updatedAt: at })
      .returning();
    await recordInitiativeEvent(tx, { initiativeId, kind: "forecast", note, byUserId: actor.userId, at });
    return toForecast(row!);
  });
}

/** A new scenario, empty or with given inputs; the team or the carrier only. */
export async function createForecast(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  initiativeId: string,
  input: Unparsed<CreateForecastInput>,
): Promise<Result<Forecast, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "forecast.write");
  if (!loaded.ok) return loaded;
  const parsed = createForecastInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { name, scenarioKind } = parsed.data;
  const refused = parsed.data.inputs && (await refusedAidRates(deps, parsed.data.inputs));
  if (refused) return fail("INVALID_INPUT", { fields: refused });
  const inputs = parsed.data.inputs ?? emptyForecastInputs(deps.clock.now());
  return ok(
    await insertForecast(
      deps,
      actor!,
      initiativeId,
      { name, scenarioKind, inputs },
      `Prévisionnel « ${name} » créé`,
    ),
  );
}

/** A copy of a scenario in the same initiative, to vary its assumptions. */
export async function copyForecast(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  id: string,
  input: { name?: string } = {},
): Promise<Result<Forecast, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadForecastForActor(deps, actor, id, "edit");
  if (!loaded.ok) return loaded;
  const source = loaded.value.forecast;
  const name = (input.name?.trim() || `Copie de ${source.name}`).slice(0, 120);
  return ok(
    await insertForecast(
      deps,
      actor!,
      source.initiativeId,
      { name, scenarioKind: source.scenarioKind, inputs: source.inputs },
      `Prévisionnel « ${name} » copié de « ${source.name} »`,
    ),
  );
}
