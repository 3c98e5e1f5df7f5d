import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { model, outcome } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createPipelineWorld, createTestInitiative } from "./pipeline-fixtures";
import { proposeOutcomeModel } from "./propose-outcome-model";
import { recordOutcome } from "./record-outcome";

describe("a launched activity proposed as a model", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
  });
  afterAll(async () => deps.close());

  it("a launched initiative with a new model is proposed to the catalogue as a draft, once", async () => {
    const launched = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "launch",
      title: "Princ'ESS",
      summary: "Un lieu d'insertion par l'activité économique autour des métiers du soin et de la beauté.",
      description:
        "Les acteurs de l'IAE de Bordeaux ont demandé une activité nouvelle pour les femmes éloignées de l'emploi.",
      themes: ["insertion-emploi"],
      territoryCode: "33063",
    });
    expect(await proposeOutcomeModel(deps, world.officer, launched.id)).toMatchObject({
      error: "INVALID_INPUT",
    });
    await recordOutcome(deps, world.officer, launched.id, {
      kind: "new_organisation",
      activityName: "Princ'ESS",
      openedOn: "2026-09-01",
      jobs: "3",
      insertionJobs: "2",
    });
    const proposed = await proposeOutcomeModel(deps, world.officer, launched.id);
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    const [draft] = await deps.db.select().from(model).where(eq(model.id, proposed.value.modelId));
    expect(draft).toMatchObject({
      status: "draft",
      title: "Princ'ESS",
      ownerFabriqueId: world.fabriqueA.id,
      jobsFte: 3,
      insertionJobsFte: 2,
      originTerritoryCode: "33063",
    });
    const [stored] = await deps.db.select().from(outcome).where(eq(outcome.initiativeId, launched.id));
    expect(stored?.proposedModelId).toBe(proposed.value.modelId);
    expect(await proposeOutcomeModel(deps, world.officer, launched.id)).toMatchObject({ error: "CONFLICT" });
  });
});
