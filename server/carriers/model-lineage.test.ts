import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiative } from "../db/schema";
import { getModelLineage } from "../initiatives/model-lineage";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createPipelineWorld, createTestInitiative, insertVertuose } from "./pipeline-fixtures";
import { recordOutcome } from "./record-outcome";

describe("a model's lineage from the launches recorded", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let published: { id: string };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    published = await insertVertuose(deps.db);
  });
  afterAll(async () => deps.close());

  it("a model's lineage shows launched replications to everyone, the ones in progress to their team", async () => {
    const inProgress = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "carrier_search",
      entryPoint: "replication",
      modelId: published.id,
      title: "VERT'uOSE à Rouen",
    });
    const pontarlier = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueB.id,
      stage: "launch",
      title: "VERT'uOSE Pontarlier",
      territoryCode: "25462",
    });
    const result = await recordOutcome(deps, world.otherOfficer, pontarlier.id, {
      kind: "replication",
      modelId: published.id,
      activityName: "VERT'uOSE Haut-Doubs",
      openedOn: "2026-06-15",
      jobs: "12",
      disabilityJobs: "9",
    });
    expect(result).toMatchObject({ ok: true });

    const anonymous = await getModelLineage(deps, null, published.id);
    expect(anonymous).toEqual({
      ok: true,
      value: {
        launched: [
          {
            initiativeId: null,
            activityName: "VERT'uOSE Haut-Doubs",
            openedOn: "2026-06-15",
            territory: { kind: "commune", code: "25462", name: "Pontarlier" },
            fabrique: { slug: world.fabriqueB.slug, name: "Fabrique de Bretagne" },
          },
        ],
        planned: [],
        inProgress: [],
      },
    });
    const teamA = await getModelLineage(deps, world.officer, published.id);
    expect(teamA.ok && teamA.value.inProgress.map((i) => [i.initiativeId, i.stage])).toEqual([
      [inProgress.id, "carrier_search"],
    ]);
    expect(teamA.ok && teamA.value.launched[0]?.initiativeId).toBeNull();
    const teamB = await getModelLineage(deps, world.otherOfficer, published.id);
    expect(teamB.ok && teamB.value.inProgress).toEqual([]);
    expect(teamB.ok && teamB.value.launched[0]?.initiativeId).toBe(pontarlier.id);

    await deps.db.update(initiative).set({ stage: "abandoned" }).where(eq(initiative.id, inProgress.id));
    const after = await getModelLineage(deps, world.officer, published.id);
    expect(after.ok && after.value.inProgress).toEqual([]);
  });
});
