import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getInitiativeFromModel } from "./initiative-from-model";

describe("a new initiative that replicates a catalogue model", () => {
  let deps: TestDeps;
  let officer: Actor;
  let otherOfficer: Actor;
  let draftId: string;
  let publishedId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "ifm", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "ifmo", name: "Autre" });
    const [u1, u2] = await Promise.all([createUser(deps.db), createUser(deps.db)]);
    await addMembership(deps.db, { userId: u1!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: u2!.id, fabriqueId: b.id, role: "officer" });
    officer = (await loadActor(deps, u1!.id))!;
    otherOfficer = (await loadActor(deps, u2!.id))!;
    const base = { description: "Un atelier où chacun apprend à réparer son vélo.", themes: ["mobilite"] };
    draftId = (
      await insertModel(deps.db, {
        ...base,
        title: "Atelier vélo (brouillon)",
        summary: "Réparer les vélos avec les habitants.",
        status: "draft",
        ownerFabriqueId: a.id,
      })
    ).id;
    publishedId = (
      await insertModel(deps.db, {
        ...base,
        title: "Conciergerie de quartier",
        summary: "Des services de proximité pour les habitants.",
        status: "published",
      })
    ).id;
  });
  afterAll(async () => deps?.close());

  it("takes the model's title, summary and themes, as a replication", async () => {
    const result = await getInitiativeFromModel(deps, officer, draftId);
    expect(result).toEqual({
      ok: true,
      value: {
        model: {
          id: draftId,
          title: "Atelier vélo (brouillon)",
          summary: "Réparer les vélos avec les habitants.",
        },
        prefill: {
          title: "Atelier vélo (brouillon)",
          summary: "Réparer les vélos avec les habitants.",
          entryPoint: "replication",
          themes: ["mobilite"],
        },
      },
    });
  });

  it("a published model serves every Fabrique", async () => {
    const result = await getInitiativeFromModel(deps, otherOfficer, publishedId);
    expect(result.ok && result.value.model.title).toBe("Conciergerie de quartier");
  });

  it("another Fabrique's draft is not found, nor is an unknown id", async () => {
    expect(await getInitiativeFromModel(deps, otherOfficer, draftId)).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await getInitiativeFromModel(deps, officer, "pas-un-id")).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await getInitiativeFromModel(deps, officer, "")).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});
