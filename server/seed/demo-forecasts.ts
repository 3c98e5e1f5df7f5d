import type { Db } from "../db/database";
import { forecast } from "../db/schema";
import { forecastInputs } from "../forecasts/forecast-inputs";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { bordeauxPrincess } from "./demo-forecast-bordeaux";
import { pontarlierVertuose } from "./demo-forecast-pontarlier";
import { rouenConciergerie } from "./demo-forecast-rouen";
import { demoIds } from "./demo-ids";

/**
 * A worked forecast for each demo story. The figures are **illustrative assumptions** written for
 * the demo (orders of magnitude of comparable French social enterprises), not the real projects'
 * accounts; each scenario says so in its assumptions. Aid per post uses the reference rates
 * (`seed/aid-rates.ts`, sourced). Fixed ids keep demo links stable.
 */
export const demoForecastIds = {
  rouenConciergerie: "00000000-0000-4000-8000-0000000002f1",
  pontarlierVertuose: "00000000-0000-4000-8000-0000000002f2",
  bordeauxPrincess: "00000000-0000-4000-8000-0000000002f3",
} as const;

export const demoForecasts = [
  {
    id: demoForecastIds.rouenConciergerie,
    initiativeId: demoIds.initiatives.rouenConciergerie,
    byUserId: demoIds.users.adress,
    name: "Central — conciergerie seniors",
    inputs: rouenConciergerie,
  },
  {
    id: demoForecastIds.pontarlierVertuose,
    initiativeId: demoIds.initiatives.pontarlierVertuose,
    byUserId: demoIds.users.emergence,
    name: "Central — restaurant VERT'uOSE",
    inputs: pontarlierVertuose,
  },
  {
    id: demoForecastIds.bordeauxPrincess,
    initiativeId: demoIds.initiatives.bordeauxPrincess,
    byUserId: demoIds.users.atis,
    name: "Central — institut Princ'ESS",
    inputs: bordeauxPrincess,
  },
] as const;

/** Inserts the three worked forecasts (the story initiatives and officers must exist). */
export async function seedDemoForecasts(tx: Db, at: Date): Promise<void> {
  for (const demo of demoForecasts) {
    await tx.insert(forecast).values({
      id: demo.id,
      initiativeId: demo.initiativeId,
      name: demo.name,
      scenarioKind: "central",
      inputs: forecastInputs.parse(demo.inputs),
      createdByUserId: demo.byUserId,
      createdAt: at,
      updatedAt: at,
    });
    await recordInitiativeEvent(tx, {
      initiativeId: demo.initiativeId,
      kind: "forecast",
      note: `Prévisionnel « ${demo.name} » créé`,
      byUserId: demo.byUserId,
      at,
    });
  }
}
