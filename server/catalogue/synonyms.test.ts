import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertModel } from "./model-factory";
import { searchModels } from "./search-models";
import { createSynonymGroup, deleteSynonymGroup, getSynonymGroup, listSynonymGroups } from "./synonyms";

const animator: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  email: "animation@exemple.test",
  name: "Animation",
  isNetworkAnimator: true,
  memberships: [],
};
const officer: Actor = { ...animator, isNetworkAnimator: false };

describe("the thesaurus the network animator keeps", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    await insertModel(deps.db, {
      status: "published",
      title: "Livraisons en vélo cargo",
      summary: "Des tournées de livraison à vélo cargo pour les commerces du centre-ville.",
      description:
        "Une coopérative de coursiers livre les courses des habitants et des commerçants en vélo cargo.",
      themes: ["transition-ecologique"],
    });
  });
  afterAll(async () => deps.close());

  it("is loaded at first start with the field's synonyms", async () => {
    const groups = await listSynonymGroups(deps, animator);
    expect(
      groups.ok &&
        groups.value.some((g) => g.terms.includes("personnes âgées") && g.terms.includes("seniors")),
    ).toBe(true);
  });

  it("is hidden from anyone but the network animator", async () => {
    expect((await listSynonymGroups(deps, officer)).ok).toBe(false);
    const refused = await createSynonymGroup(deps, officer, { terms: "a\nb" });
    expect(refused).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("takes effect at the next search, and stops when the group is removed", async () => {
    const before = await searchModels(deps, null, { q: "triporteur" });
    expect(before.ok && before.value.total).toBe(0);
    const created = await createSynonymGroup(deps, animator, {
      terms: "triporteur\nvélo cargo",
      themeCode: "",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const after = await searchModels(deps, null, { q: "triporteur" });
    expect(after.ok && after.value.results[0]?.why[0]).toMatchObject({
      kind: "synonym",
      term: "vélo cargo",
      of: "triporteur",
    });
    await deleteSynonymGroup(deps, animator, created.value.id);
    const removed = await searchModels(deps, null, { q: "triporteur" });
    expect(removed.ok && removed.value.total).toBe(0);
  });

  it("shows a group before removing it, answers what was removed, and can put it back", async () => {
    const created = await createSynonymGroup(deps, animator, {
      terms: "biporteur\nvélo cargo",
      themeCode: "transition-ecologique",
      note: "Vocabulaire des coursiers",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.value.id;
    expect(await getSynonymGroup(deps, officer, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await getSynonymGroup(deps, animator, id)).toMatchObject({
      ok: true,
      value: { id, terms: ["biporteur", "vélo cargo"] },
    });
    // Reading it for the confirmation changes nothing.
    const stillThere = await searchModels(deps, null, { q: "biporteur" });
    expect(stillThere.ok && stillThere.value.total).toBe(1);

    expect(await deleteSynonymGroup(deps, officer, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const removed = await deleteSynonymGroup(deps, animator, id);
    if (!removed.ok) throw new Error(JSON.stringify(removed));
    expect(removed.value).toEqual({
      id,
      terms: ["biporteur", "vélo cargo"],
      themeCode: "transition-ecologique",
      note: "Vocabulaire des coursiers",
    });
    const gone = await searchModels(deps, null, { q: "biporteur" });
    expect(gone.ok && gone.value.total).toBe(0);
    expect(await getSynonymGroup(deps, animator, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await deleteSynonymGroup(deps, animator, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });

    // "Rétablir" posts the removed group's expressions, theme and note again.
    const { id: _old, ...content } = removed.value;
    const restored = await createSynonymGroup(deps, animator, content);
    if (!restored.ok) throw new Error(JSON.stringify(restored));
    const groups = await listSynonymGroups(deps, animator);
    expect(groups.ok && groups.value.find((g) => g.id === restored.value.id)).toMatchObject({
      terms: ["biporteur", "vélo cargo"],
      themeCode: "transition-ecologique",
      note: "Vocabulaire des coursiers",
    });
    const back = await searchModels(deps, null, { q: "biporteur" });
    expect(back.ok && back.value.results[0]?.why[0]).toMatchObject({ kind: "synonym", of: "biporteur" });
  });

  it("refuses a group of one expression, in French", async () => {
    const result = await createSynonymGroup(deps, animator, { terms: "seul" });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { terms: expect.stringContaining("deux") },
    });
  });
});
