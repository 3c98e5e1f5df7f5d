import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { initiative } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { privateMapCounts } from "./private-map-counts";

describe("the map's private counts", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "adr", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "emr", name: "émergence test" });
    const users = [await createUser(deps.db), await createUser(deps.db)];
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: b.id, role: "officer" });
    officerA = (await loadActor(deps, users[0]!.id))!;
    officerB = (await loadActor(deps, users[1]!.id))!;
    for (const code of ["76540", "76231"]) {
      await createSignal(deps, officerA, {
        kind: "need",
        title: "Des services pour les aînés du quartier",
        description: "Les personnes âgées n'ont plus de commerce de proximité dans le quartier.",
        territory: { kind: "commune", code },
        channel: "idea_sensor",
      });
    }
    await deps.db.insert(initiative).values({
      fabriqueId: b.id,
      reference: "EMR-P-2026-001",
      title: "Garage solidaire",
      territoryKind: "commune",
      territoryCode: "25462",
      entryPoint: "need",
    });
  });
  afterAll(async () => deps?.close());

  it("counts, per département, the signals and initiatives the actor may see and nothing else", async () => {
    expect(Object.fromEntries(await privateMapCounts(deps, officerA, "departement", "signals"))).toEqual({
      "76": 2,
    });
    expect(Object.fromEntries(await privateMapCounts(deps, officerB, "departement", "signals"))).toEqual({});
    expect(Object.fromEntries(await privateMapCounts(deps, officerB, "region", "initiatives"))).toEqual({
      "27": 1,
    });
    expect(Object.fromEntries(await privateMapCounts(deps, officerA, "region", "initiatives"))).toEqual({});
  });
});
