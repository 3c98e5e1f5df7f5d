import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "../core/actor";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createModel } from "./create-model";
import { getModel } from "./get-model";

const proposal = {
  title: "Atelier vélo solidaire",
  summary: "Réparer les vélos avec les habitants et revendre des vélos d'occasion.",
  description:
    "Un atelier où chacun apprend à réparer son vélo, avec des bénévoles et un salarié en insertion.",
  themes: "mobilite",
  tags: "vélo, réparation",
  originTerritory: "commune:25462",
  sourceUrls: "https://exemple.fr/atelier-velo\nhttps://exemple.fr/presse",
};

describe("proposing a model", () => {
  let deps: TestDeps;
  const fabriques: Record<string, string> = {};
  const actor = (memberships: Partial<ActorMembership>[], isNetworkAnimator = false): Actor => ({
    userId: "00000000-0000-4000-8000-0000000000b1",
    email: "x@exemple.test",
    name: "X",
    isNetworkAnimator,
    memberships: memberships.map((m) => ({
      fabriqueId: "",
      fabriqueSlug: "f",
      fabriqueName: "F",
      role: "officer",
      initiativeId: null,
      ...m,
    })),
  });

  beforeAll(async () => {
    deps = await createTestDeps();
    fabriques.a = (await createFabrique(deps.db, { slug: "prop-a", name: "Fabrique A" })).id;
    fabriques.b = (await createFabrique(deps.db, { slug: "prop-b", name: "Fabrique B" })).id;
  });
  afterAll(async () => deps.close());

  it("creates a draft owned by the officer's Fabrique, visible to it and not to another one", async () => {
    const officerA = actor([{ fabriqueId: fabriques.a }]);
    const created = await createModel(deps, officerA, proposal);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const seen = await getModel(deps, officerA, created.value.id);
    expect(seen.ok && seen.value).toMatchObject({
      status: "draft",
      ownerFabrique: { id: fabriques.a },
      themes: ["mobilite"],
      tags: ["vélo", "réparation"],
      sourceUrls: ["https://exemple.fr/atelier-velo", "https://exemple.fr/presse"],
      originTerritoryName: "Pontarlier",
    });
    expect(await getModel(deps, actor([{ fabriqueId: fabriques.b }]), created.value.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await getModel(deps, null, created.value.id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("answers in French, field by field, and refuses an unknown territory", async () => {
    const officerA = actor([{ fabriqueId: fabriques.a }]);
    const empty = await createModel(deps, officerA, { title: "", summary: "", description: "", themes: [] });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(Object.keys(empty.fields ?? {}).sort()).toEqual(["description", "summary", "themes", "title"]);
    expect(empty.fields?.themes).toBe("Choisissez au moins un thème");
    const nowhere = await createModel(deps, officerA, { ...proposal, originTerritory: "commune:99999" });
    expect(nowhere).toMatchObject({
      ok: false,
      fields: { originTerritory: expect.stringContaining("n'existe pas") },
    });
  });

  it("asks which Fabrique when the officer is in several, and refuses one they are not in", async () => {
    const inTwo = actor([{ fabriqueId: fabriques.a }, { fabriqueId: fabriques.b }]);
    expect(await createModel(deps, inTwo, proposal)).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { fabriqueId: expect.any(String) },
    });
    const chosen = await createModel(deps, inTwo, { ...proposal, fabriqueId: fabriques.b });
    expect(chosen.ok).toBe(true);
    const outsider = actor([{ fabriqueId: fabriques.a }]);
    expect(await createModel(deps, outsider, { ...proposal, fabriqueId: fabriques.b })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });

  it("is not open to a partner", async () => {
    const partner = actor([{ fabriqueId: fabriques.a, role: "partner" }]);
    expect(await createModel(deps, partner, proposal)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});
