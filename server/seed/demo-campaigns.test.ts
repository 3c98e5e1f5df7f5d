import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { getCampaign } from "../campaigns/get-campaign";
import { listCampaigns } from "../campaigns/list-campaigns";
import type { Actor } from "../core/actor";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { seedDemo } from "./demo";
import { demoCampaignIds } from "./demo-campaigns";
import { demoIds } from "./demo-ids";

describe("the demo campaigns", () => {
  let deps: TestDeps;
  let adress: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    adress = (await loadActor(deps, demoIds.users.adress)) as Actor;
  });
  afterAll(async () => deps?.close());

  it("ADRESS has a closed campaign that received the laundry idea and an open one", async () => {
    const listed = await listCampaigns(deps, adress);
    expect(listed.ok && listed.value.map((c) => [c.slug, c.state]).sort()).toEqual([
      ["bien-vieillir-rouen", "open"],
      ["hauts-de-rouen-2026", "closed"],
    ]);
    const spring = await getCampaign(deps, adress, demoCampaignIds.rouenSpring);
    expect(spring.ok && spring.value.signals.map((s) => s.title)).toEqual([
      "Une laverie solidaire au pied des immeubles",
    ]);
  });
});
