import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { getAidRateMap } from "./aid-rates";
import { computeForecast, computeSensitivity, type ForecastStatements, type SensitivityRow } from "./compute";
import { type LoadedForecast, loadForecastForActor } from "./forecast-access";

export type ForecastWithStatements = LoadedForecast & {
  statements: ForecastStatements;
  sensitivity: {
    base: { result: number[]; cashLow: { cents: number; month: number } };
    rows: SensitivityRow[];
  };
};

/** A scenario with every statement computed from its inputs and today's aid rates. */
export async function getForecastStatements(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<ForecastWithStatements, "NOT_FOUND">> {
  const loaded = await loadForecastForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  const rates = await getAidRateMap(deps);
  const { inputs } = loaded.value.forecast;
  return ok({
    ...loaded.value,
    statements: computeForecast(inputs, rates),
    sensitivity: computeSensitivity(inputs, rates),
  });
}
