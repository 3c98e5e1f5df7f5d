import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { forecast } from "../db/schema";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
  loadInitiativeForEdit,
} from "../initiatives/initiative-access";
import { type ForecastInputs, forecastInputs } from "./forecast-inputs";

export type ForecastRow = typeof forecast.$inferSelect;
export type Forecast = Omit<ForecastRow, "inputs"> & { inputs: ForecastInputs };
export type LoadedForecast = { forecast: Forecast; initiative: InitiativeRow; access: InitiativeAccess };

/** Stored inputs were validated on the way in; parsing again fills defaults added since. */
export const toForecast = (row: ForecastRow): Forecast => ({
  ...row,
  inputs: forecastInputs.parse(row.inputs),
});

/**
 * A forecast exists for an actor when its initiative does (authorised against the stored
 * initiative, never an id sent by the client); NOT_FOUND otherwise.
 */
export function loadForecastForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
  mode?: "read",
): Promise<Result<LoadedForecast, "NOT_FOUND">>;
export function loadForecastForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
  mode: "read" | "edit",
): Promise<Result<LoadedForecast, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">>;
export async function loadForecastForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
  mode: "read" | "edit" = "read",
): Promise<Result<LoadedForecast, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(forecast).where(eq(forecast.id, id));
  if (!row) return fail("NOT_FOUND");
  const loaded =
    mode === "edit"
      ? await loadInitiativeForEdit(deps, actor, row.initiativeId, "forecast.write")
      : await loadInitiativeForActor(deps, actor, row.initiativeId);
  if (!loaded.ok) return loaded;
  return ok({ forecast: toForecast(row), ...loaded.value });
}
