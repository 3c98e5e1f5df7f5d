import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiative, outcome } from "../db/schema";
import { createFabrique } from "../seed/factories";
import { getTerritoryMap } from "../territories/render-map";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { listLaunchedActivities } from "./launched-activities";

describe("launched activities", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    const f = await createFabrique(deps.db, { slug: "emr", name: "émergence test" });
    const [launched] = await deps.db
      .insert(initiative)
      .values([
        {
          fabriqueId: f.id,
          reference: "EMR-P-2016-001",
          title: "Restaurant inclusif",
          territoryKind: "commune",
          territoryCode: "25462",
          entryPoint: "replication",
          stage: "follow_up",
        },
        {
          fabriqueId: f.id,
          reference: "EMR-P-2026-002",
          title: "Garage solidaire",
          territoryKind: "commune",
          territoryCode: "25462",
          entryPoint: "need",
        },
      ])
      .returning();
    await deps.db.insert(outcome).values({
      initiativeId: launched!.id,
      kind: "new_activity",
      activityName: "VERT'uOSE Pontarlier",
      openedOn: "2017-09-04",
      jobsFteHundredths: 600,
    });
  });
  afterAll(async () => deps?.close());

  it("lists, for anyone, the activities launched on a territory or inside it, not the initiatives still in progress", async () => {
    const inDoubs = await listLaunchedActivities(deps, { kind: "departement", code: "25" });
    expect(inDoubs.map((a) => [a.activityName, a.territoryName])).toEqual([
      ["VERT'uOSE Pontarlier", "Pontarlier"],
    ]);
    expect(await listLaunchedActivities(deps, { kind: "departement", code: "76" })).toEqual([]);
  });

  it("counts launched activities per département on the map", async () => {
    const map = await getTerritoryMap(deps, "departement", "activities");
    const doubs = map?.rows.find((r) => r.code === "25");
    expect(doubs?.value).toBe(1);
  });
});
