import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getInitiativeFromSignals } from "./initiative-from-signals";

describe("a new initiative started from a signal", () => {
  let deps: TestDeps;
  let officer: Actor;
  let otherOfficer: Actor;
  let signalId: string;
  let signalReference: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "ifs", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "ifo", name: "Autre" });
    const [u1, u2] = await Promise.all([createUser(deps.db), createUser(deps.db)]);
    await addMembership(deps.db, { userId: u1!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: u2!.id, fabriqueId: b.id, role: "officer" });
    officer = (await loadActor(deps, u1!.id))!;
    otherOfficer = (await loadActor(deps, u2!.id))!;
    const created = await createSignal(deps, officer, {
      kind: "need",
      title: "Une conciergerie pour les aînés des Hauts de Rouen",
      description: "Les personnes âgées du quartier n'ont plus de services de proximité depuis deux ans.",
      territory: { kind: "commune", code: "76540" },
      themes: ["bien-vieillir"],
      publics: ["seniors"],
      channel: "workshop",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    signalId = created.value.id;
    signalReference = created.value.reference;
  });
  afterAll(async () => deps?.close());

  it("takes the territory with its name for the box, the themes and the publics of the signal", async () => {
    const { prefill, signals } = await getInitiativeFromSignals(deps, officer, [signalId]);
    expect(signals.map((s) => s.id)).toEqual([signalId]);
    expect(prefill).toMatchObject({
      entryPoint: "need",
      territory: "commune:76540",
      territoryQuery: "Rouen",
      themes: ["bien-vieillir"],
      publics: ["seniors"],
    });
  });

  it("the link may name the signal by its reference (`?remontee=IFS-2026-0001`)", async () => {
    const { signals } = await getInitiativeFromSignals(deps, officer, [signalReference]);
    expect(signals.map((s) => s.id)).toEqual([signalId]);
  });

  it("another Fabrique's officer gets nothing from it", async () => {
    expect(
      await getInitiativeFromSignals(deps, otherOfficer, [signalId, signalReference, "pas-un-id"]),
    ).toEqual({
      signals: [],
      prefill: {},
      topModel: null,
    });
  });
});
