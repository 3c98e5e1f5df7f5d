import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { workingStages } from "../db/schema";
import { getInitiative } from "../initiatives/get-initiative";
import { readInitiativeJournal } from "../initiatives/initiative-journal";
import { countInitiativesByStage, listAllInitiatives } from "../initiatives/list-initiatives";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { seedDemo } from "./demo";
import { demoIds } from "./demo-ids";

describe("the demo pipeline", () => {
  let deps: TestDeps;
  let actors: Record<"animation" | "adress" | "partenaire" | "porteur" | "emergence", Actor>;
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    const load = async (id: string) => (await loadActor(deps, id))!;
    actors = {
      animation: await load(demoIds.users.animation),
      adress: await load(demoIds.users.adress),
      partenaire: await load(demoIds.users.partenaire),
      porteur: await load(demoIds.users.porteur),
      emergence: await load(demoIds.users.emergence),
    };
  });
  afterAll(async () => deps.close());

  it("holds the three stories at their end states, each journal walking the pipeline in order", async () => {
    for (const id of Object.values(demoIds.initiatives)) {
      const journal = await readInitiativeJournal(deps, actors.animation, id);
      expect(journal.ok).toBe(true);
      if (!journal.ok) continue;
      const stages = journal.value.filter((e) => e.toStage).map((e) => e.toStage);
      expect(stages).toEqual(workingStages.slice(0, stages.length));
      expect(stages.length).toBeGreaterThanOrEqual(7);
    }
  });

  it("spreads a living pipeline across the stages, with at least a dozen initiatives besides the stories", async () => {
    const all = await listAllInitiatives(deps, actors.animation, {});
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((i) => i.stage)).size).toBeGreaterThanOrEqual(8);
    // The dashboard's counts per stage agree with the list, in the pipeline's order.
    const counts = await countInitiativesByStage(deps, actors.animation);
    expect(counts.reduce((total, c) => total + c.count, 0)).toBe(all.length);
    expect(counts[0]).toEqual({ stage: "referral", count: all.filter((i) => i.stage === "referral").length });
    const adress = await countInitiativesByStage(deps, actors.adress);
    expect(adress.reduce((total, c) => total + c.count, 0)).toBe(
      (await listAllInitiatives(deps, actors.adress, {})).length,
    );
  });

  it("shows the stories' dossiers as satisfying the guards they passed (no move is blocked by missing data)", async () => {
    const rouen = await getInitiative(deps, actors.adress, demoIds.initiatives.rouenConciergerie);
    expect(rouen.ok && rouen.value.stage).toBe("launch");
    const forward = rouen.ok ? rouen.value.moves.find((m) => m.to === "follow_up") : undefined;
    expect(forward?.blockedBy).toEqual([]);
  });

  it("lets the partner and the carrier see the Rouen story, and nobody see another Fabrique's", async () => {
    const partner = await getInitiative(deps, actors.partenaire, demoIds.initiatives.rouenConciergerie);
    expect(partner.ok && partner.value.access.canSeeSteering).toBe(true);
    const carrier = await getInitiative(deps, actors.porteur, demoIds.initiatives.rouenConciergerie);
    expect(carrier.ok && carrier.value.access.level).toBe("carrier");
    expect((await listAllInitiatives(deps, actors.porteur, {})).map((i) => i.id)).toEqual([
      demoIds.initiatives.rouenConciergerie,
    ]);
    expect((await getInitiative(deps, actors.emergence, demoIds.initiatives.rouenConciergerie)).ok).toBe(
      false,
    );
  });
});
