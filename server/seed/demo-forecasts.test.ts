import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecast, initiative } from "../db/schema";
import { getAidRateMap } from "../forecasts/aid-rates";
import { computeForecast } from "../forecasts/compute";
import { toForecast } from "../forecasts/forecast-access";
import { loadAidRates } from "../forecasts/load-aid-rates";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { demoForecastIds, seedDemoForecasts } from "./demo-forecasts";
import { demoIds } from "./demo-ids";
import { createFabrique, createUser } from "./factories";

let deps: TestDeps;

beforeAll(async () => {
  deps = await createTestDeps();
  await loadAidRates(deps.db);
  const stories = [
    ["adress", "rouenConciergerie", "76540", "Conciergerie solidaire pour les seniors"],
    ["emergence", "pontarlierVertuose", "25462", "Restaurant locavore VERT'uOSE"],
    ["atis", "bordeauxPrincess", "33063", "Institut de beauté Princ'ESS"],
  ] as const;
  for (const [fabrique, story, commune, title] of stories) {
    await createFabrique(deps.db, { id: demoIds.fabriques[fabrique], slug: `${fabrique}-demo-test` });
    await createUser(deps.db, { id: demoIds.users[fabrique] });
    await deps.db.insert(initiative).values({
      id: demoIds.initiatives[story],
      fabriqueId: demoIds.fabriques[fabrique],
      reference: `${fabrique.slice(0, 3).toUpperCase()}-P-2026-001`,
      title,
      territoryKind: "commune",
      territoryCode: commune,
      entryPoint: "need",
    });
  }
  await deps.db.transaction((tx) => seedDemoForecasts(tx, new Date("2026-11-27T09:00:00.000Z")));
});

afterAll(async () => {
  await deps.close();
});

async function statementsOf(id: string) {
  const [row] = await deps.db.select().from(forecast).where(eq(forecast.id, id));
  return computeForecast(toForecast(row!).inputs, await getAidRateMap(deps));
}

describe("demo forecasts", () => {
  it("the senior conciergerie counts volunteering apart from cash and mixes its resources", async () => {
    const s = await statementsOf(demoForecastIds.rouenConciergerie);
    expect(s.warnings).toEqual([]);
    expect(s.incomeStatement.volunteering[0]).toBe(9_000_00);
    const shares = s.resourceMix.sharesBp;
    expect(shares.market).toBeGreaterThan(0);
    expect(shares.public).toBeGreaterThan(0);
    expect(shares.privateNonMarket).toBeGreaterThan(0);
    expect(shares.volunteering).toBeGreaterThan(0);
  });

  it("the VERT'uOSE restaurant employs five adapted-company posts with their aid", async () => {
    const s = await statementsOf(demoForecastIds.pontarlierVertuose);
    expect(s.warnings).toEqual([]);
    expect(s.jobs.final.disabilityPermille).toBe(4_800);
    expect(s.jobs.final.ftePermille).toBe(5_800);
    // Year 3: four posts at 18 230 € and 0.8 post at 18 465 € a year.
    expect(s.incomeStatement.lines.postAids[2]).toBe(4 * 18_230_00 + 14_772_00);
    expect(s.incomeStatement.lines.financialCharges[0]).toBeGreaterThan(0);
  });

  it("the Princ'ESS institute shows its insertion posts and the cross-subsidy of socio-aesthetic care", async () => {
    const s = await statementsOf(demoForecastIds.bordeauxPrincess);
    // The central scenario does not reach a lasting cumulative balance within 36 months, and says so.
    expect(s.warnings).toEqual([{ code: "break-even-not-reached", cumulativeResultCents: -5_567_72 }]);
    expect(s.jobs.final.insertionPermille).toBe(4 * 686);
    const [cross] = s.crossSubsidies;
    expect(cross!.assigned[2]).toBe(Math.round(cross!.margin[2]! * 0.2));
    expect(cross!.assigned[2]).toBeGreaterThan(0);
    expect(s.cashPlan.low.month).toBeGreaterThanOrEqual(1);
  });
});
