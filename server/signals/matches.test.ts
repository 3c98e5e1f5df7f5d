import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createSignal } from "./create-signal";
import { findSimilarSignals } from "./find-similar-signals";
import { getSignalMatches } from "./get-signal-matches";

const conciergerie = {
  kind: "need" as const,
  title: "Conciergerie de quartier pour les personnes âgées",
  description: "Les personnes âgées isolées du quartier ont besoin d'aide pour les courses et les démarches.",
  channel: "workshop" as const,
  themes: ["bien-vieillir"],
};

describe("what already exists for a signal", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "sim-a" });
    const b = await createFabrique(deps.db, { slug: "sim-b" });
    const [ua, ub] = [await createUser(deps.db), await createUser(deps.db)];
    await addMembership(deps.db, { userId: ua.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: ub.id, fabriqueId: b.id, role: "officer" });
    officerA = (await loadActor(deps, ua.id))!;
    officerB = (await loadActor(deps, ub.id))!;
    const record = async (key: string, actor: Actor, values: Record<string, unknown>) => {
      const created = await createSignal(deps, actor, { ...conciergerie, ...values } as never);
      if (!created.ok) throw new Error(`${key} not created`);
      ids[key] = created.value.id;
    };
    // Rouen, then Bois-Guillaume (same métropole), Pontarlier (elsewhere), and another Fabrique's Rouen.
    await record("rouen", officerA, { territory: { kind: "commune", code: "76540" } });
    await record("neighbour", officerA, {
      territory: { kind: "commune", code: "76108" },
      title: "Conciergerie solidaire pour les aînés",
      description:
        "Les aînés isolés ont besoin d'aide pour faire les courses et les démarches administratives.",
    });
    await record("far", officerA, { territory: { kind: "commune", code: "25462" } });
    await record("unrelated", officerA, {
      territory: { kind: "commune", code: "76540" },
      title: "Atelier de réparation de vélos",
      description: "Un garage à vélos partagé pour les jeunes qui vont au lycée en centre-ville.",
    });
    await record("otherFabrique", officerB, { territory: { kind: "commune", code: "76540" } });
    await insertModel(deps.db, {
      title: "Conciergerie de quartier",
      summary: "Des services de proximité pour les personnes âgées et les habitants d'un quartier.",
      description: "Une conciergerie solidaire qui rend des services du quotidien aux personnes âgées.",
      themes: ["bien-vieillir"],
      status: "published",
      sourceUrls: ["https://exemple.fr/conciergerie"],
    });
  });
  afterAll(async () => deps?.close());

  it("similar signals are found nearby, not far away, not in another Fabrique, not when unrelated", async () => {
    const similar = await findSimilarSignals(deps, officerA, {
      id: ids.rouen,
      title: conciergerie.title,
      description: conciergerie.description,
      territory: { kind: "commune", code: "76540" },
    });
    const found = similar.map((s) => s.id);
    expect(found).toContain(ids.neighbour);
    expect(found).not.toContain(ids.rouen);
    expect(found).not.toContain(ids.far);
    expect(found).not.toContain(ids.unrelated);
    expect(found).not.toContain(ids.otherFabrique);
  });

  it("the panel ranks the catalogue model with its why, and another Fabrique cannot open it", async () => {
    const matches = await getSignalMatches(deps, officerA, ids.rouen!);
    if (!matches.ok) throw new Error("no matches");
    expect(matches.value.models[0]?.title).toBe("Conciergerie de quartier");
    expect(matches.value.models[0]?.why.length).toBeGreaterThan(0);
    expect(matches.value.similar.map((s) => s.id)).toEqual([ids.neighbour]);
    expect(matches.value.offer).toEqual([]);
    expect(await getSignalMatches(deps, officerB, ids.rouen!)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });
});
