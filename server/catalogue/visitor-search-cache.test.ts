import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeModelStatus } from "./change-model-status";
import { insertModel } from "./model-factory";
import { indexModels } from "./model-index";
import { searchModels } from "./search-models";
import { visitorCacheWorld } from "./visitor-cache-fixtures";

/*
 * Visitors' searches are kept while the catalogue is unchanged (decision record 0045): a change
 * committed by anyone is seen by the next search, and a signed-in person's view (drafts) is never
 * kept for, nor served to, anyone else.
 */
describe("the visitors' search cache", () => {
  let deps: TestDeps;
  let officer: Actor;
  let animator: Actor;
  let draftId: string;

  const titlesFor = async (actor: Actor | null, q: string) =>
    successValue(await searchModels(deps, actor, { q })).results.map((r) => r.title);

  beforeAll(async () => {
    deps = await createTestDeps();
    const world = await visitorCacheWorld(deps.db);
    officer = world.officer;
    animator = world.animator;
    draftId = (
      await insertModel(deps.db, {
        status: "draft",
        ownerFabriqueId: officer.memberships[0]!.fabriqueId,
        title: "Ressourcerie du bâtiment",
        summary: "Récupérer les matériaux des chantiers pour les revendre à petit prix.",
        description: "Un projet de la Fabrique, pas encore publié.",
        themes: ["economie-circulaire"],
        sourceUrls: ["https://exemple.test/materiaux"],
      })
    ).id;
  });
  afterAll(async () => deps?.close());

  it("never serves the team's view, drafts included, to a visitor, before or after the team searched", async () => {
    expect(await titlesFor(null, "ressourcerie")).toEqual(["Ressourcerie solidaire"]);
    expect(await titlesFor(officer, "ressourcerie")).toContain("Ressourcerie du bâtiment");
    expect(await titlesFor(null, "ressourcerie")).toEqual(["Ressourcerie solidaire"]);
    // The other way round: a fresh visitor's search first, then the team's, then a visitor's again.
    expect(await titlesFor(officer, "ressourcerie bâtiment")).toContain("Ressourcerie du bâtiment");
    expect(await titlesFor(null, "ressourcerie bâtiment")).not.toContain("Ressourcerie du bâtiment");
  });

  it("shows a model to visitors as soon as its publication is committed", async () => {
    expect(await titlesFor(null, "matériaux chantiers")).toEqual([]);
    successValue(
      await changeModelStatus(deps, animator, draftId, { to: "published", reason: "Relu par le réseau." }),
    );
    expect(await titlesFor(null, "matériaux chantiers")).toEqual(["Ressourcerie du bâtiment"]);
  });

  it("sees a change written by another process straight into the database (an import, the CLI)", async () => {
    expect(await titlesFor(null, "ressourcerie")).toContain("Ressourcerie solidaire");
    // The index still holds the old words; the page shows the model's row, changed underneath.
    await deps.db.execute(
      sql`update model set title = 'Recyclerie solidaire' where title = 'Ressourcerie solidaire'`,
    );
    expect(await titlesFor(null, "ressourcerie")).toContain("Recyclerie solidaire");
    expect(await titlesFor(null, "ressourcerie")).not.toContain("Ressourcerie solidaire");
  });

  it("does not keep what a transaction computed and then rolled back", async () => {
    await expect(
      deps.db.transaction(async (tx) => {
        await tx.execute(sql`update model set title = 'Titre abandonné' where id = ${draftId}`);
        await indexModels(tx, [draftId]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await titlesFor(null, "matériaux chantiers")).toEqual(["Ressourcerie du bâtiment"]);
  });
});
