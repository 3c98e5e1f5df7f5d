import { asc, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { forecast } from "../db/schema";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
} from "../initiatives/initiative-access";
import { getAidRateMap } from "./aid-rates";
import { computeForecast } from "./compute";
import { type Forecast, toForecast } from "./forecast-access";

/** The figures that compare scenarios side by side. */
export type KeyFigures = {
  revenue: number[];
  result: number[];
  cashLow: { cents: number; month: number };
  breakEvenMonth: number | null;
  /** No line produces a figure yet: nothing to compute. */
  empty: boolean;
  finalFtePermille: number;
  marketShareBp: number;
};

export type ForecastSummary = Forecast & { keyFigures: KeyFigures };

/** The scenarios of an initiative, oldest first, each with its key figures. */
export async function listForecasts(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<
  Result<{ initiative: InitiativeRow; access: InitiativeAccess; forecasts: ForecastSummary[] }, "NOT_FOUND">
> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select()
    .from(forecast)
    .where(eq(forecast.initiativeId, initiativeId))
    .orderBy(asc(forecast.createdAt), asc(forecast.name));
  const rates = await getAidRateMap(deps);
  const forecasts = rows.map((row) => {
    const f = toForecast(row);
    const s = computeForecast(f.inputs, rates);
    return {
      ...f,
      keyFigures: {
        revenue: s.incomeStatement.lines.revenue,
        result: s.incomeStatement.result,
        cashLow: s.cashPlan.low,
        breakEvenMonth: s.breakEven.month,
        empty: s.empty,
        finalFtePermille: s.jobs.final.ftePermille,
        marketShareBp: s.resourceMix.sharesBp.market,
      },
    };
  });
  return ok({ ...loaded.value, forecasts });
}
