import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiative, model, outcome } from "../db/schema";
import { getTerritoryMap } from "../maps/render-map";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { listFabriqueLaunchedActivities, listLaunchedActivities } from "./launched-activities";

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

  describe("on a Fabrique's public page", () => {
    beforeAll(async () => {
      const own = await createFabrique(deps.db, { slug: "fab-rouen", name: "Fabrique de Rouen" });
      const other = await createFabrique(deps.db, { slug: "fab-lyon", name: "Fabrique de Lyon" });
      const [published, draft] = await deps.db
        .insert(model)
        .values([
          { title: "Repair Café", summary: "", description: "", status: "published" },
          { title: "Modèle encore en brouillon", summary: "", description: "", status: "draft" },
        ])
        .returning();
      const base = {
        territoryKind: "commune" as const,
        territoryCode: "76540",
        entryPoint: "replication" as const,
      };
      const [opened, planned, privateModel, inStudy, elsewhere] = await deps.db
        .insert(initiative)
        .values([
          {
            ...base,
            fabriqueId: own.id,
            reference: "ROU-P-2025-001",
            title: "Repair café",
            stage: "follow_up",
          },
          { ...base, fabriqueId: own.id, reference: "ROU-P-2026-002", title: "Recyclerie", stage: "launch" },
          { ...base, fabriqueId: own.id, reference: "ROU-P-2026-003", title: "Atelier", stage: "launch" },
          {
            ...base,
            fabriqueId: own.id,
            reference: "ROU-P-2026-004",
            title: "Conciergerie",
            stage: "opportunity_study",
          },
          { ...base, fabriqueId: other.id, reference: "LYO-P-2026-001", title: "Garage", stage: "follow_up" },
        ])
        .returning();
      await deps.db.insert(outcome).values([
        {
          initiativeId: opened!.id,
          kind: "replication",
          activityName: "Repair Café Rouen rive gauche",
          openedOn: "2025-03-01",
          modelId: published!.id,
        },
        {
          initiativeId: planned!.id,
          kind: "new_activity",
          activityName: "Recyclerie du Mont-Riboudet",
          openedOn: "2099-03-02",
        },
        {
          initiativeId: privateModel!.id,
          kind: "replication",
          activityName: "Atelier vélo",
          openedOn: "2025-06-01",
          modelId: draft!.id,
        },
        {
          initiativeId: inStudy!.id,
          kind: "new_activity",
          activityName: "Conciergerie pas encore lancée",
          openedOn: "2025-01-01",
        },
        {
          initiativeId: elsewhere!.id,
          kind: "new_activity",
          activityName: "Garage solidaire de Lyon",
          openedOn: "2025-01-01",
        },
      ]);
    });

    it("lists the open activities, and the planned ones apart, never as open", async () => {
      const { open, planned } = await listFabriqueLaunchedActivities(deps, "fab-rouen");
      expect(open.map((a) => a.activityName)).toEqual(["Atelier vélo", "Repair Café Rouen rive gauche"]);
      expect(planned.map((a) => [a.activityName, a.openedOn, a.status])).toEqual([
        ["Recyclerie du Mont-Riboudet", "2099-03-02", "planned"],
      ]);
      expect(open[1]).toEqual({
        initiativeId: expect.any(String),
        activityName: "Repair Café Rouen rive gauche",
        openedOn: "2025-03-01",
        status: "open",
        modelId: expect.any(String),
        modelTitle: "Repair Café",
        territoryName: "Rouen",
      });
    });

    it("does not list another Fabrique's activities, nor those of initiatives before the launch", async () => {
      const { open, planned } = await listFabriqueLaunchedActivities(deps, "fab-rouen");
      const names = [...open, ...planned].map((a) => a.activityName);
      expect(names).not.toContain("Garage solidaire de Lyon");
      expect(names).not.toContain("Conciergerie pas encore lancée");
      expect(
        (await listFabriqueLaunchedActivities(deps, "fab-lyon")).open.map((a) => a.activityName),
      ).toEqual(["Garage solidaire de Lyon"]);
    });

    it("does not show the name of a model that is not published", async () => {
      const { open } = await listFabriqueLaunchedActivities(deps, "fab-rouen");
      const atelier = open.find((a) => a.activityName === "Atelier vélo");
      expect(atelier).toMatchObject({ modelId: null, modelTitle: null });
      const onTerritory = await listLaunchedActivities(deps, { kind: "commune", code: "76540" });
      expect(onTerritory.find((a) => a.activityName === "Atelier vélo")?.modelTitle).toBeNull();
    });
  });
});
