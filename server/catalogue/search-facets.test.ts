import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertModel } from "./model-factory";
import type { SearchModelsInput } from "./model-schemas";
import { type ModelSearchResult, searchModels } from "./search-models";

/*
 * A search filters and counts its facets from the facet bits its postings carry; browsing (no
 * words) from the document rows. Every model below holds the searched word, so both must keep the
 * same models and count the same facets, whoever asks and whatever the filters.
 */

const view = (result: ModelSearchResult) => ({
  total: result.total,
  ids: result.results.map((r) => r.id).sort(),
  facets: result.facets,
});

describe("a search filters and counts facets as browsing does", () => {
  let deps: TestDeps;
  let officer: Actor;
  let animator: Actor;

  beforeAll(async () => {
    deps = await createTestDeps();
    const own = await createFabrique(deps.db, { slug: "adress", name: "ADRESS" });
    const other = await createFabrique(deps.db, { slug: "autre", name: "Autre Fabrique" });
    const user = await createUser(deps.db, { email: "officer@adress.test" });
    await addMembership(deps.db, { userId: user.id, fabriqueId: own.id, role: "officer" });
    const membership = {
      fabriqueId: own.id,
      fabriqueSlug: "adress",
      fabriqueName: "ADRESS",
      role: "officer" as const,
      initiativeId: null,
    };
    officer = {
      userId: user.id,
      email: user.email,
      name: user.name,
      isNetworkAnimator: false,
      memberships: [membership],
    };
    animator = { ...officer, userId: "animator", isNetworkAnimator: true, memberships: [] };

    const models = [
      {
        status: "published",
        themes: ["mobilite", "insertion-emploi"],
        publics: ["jeunes", "demandeurs-emploi"],
        legalForms: ["scic"],
        territory: ["commune", "25462"],
      },
      {
        status: "published",
        themes: ["mobilite"],
        publics: ["seniors"],
        legalForms: ["association"],
        territory: ["departement", "25"],
      },
      {
        status: "published",
        themes: ["habitat", "transition-ecologique"],
        publics: ["tous-publics"],
        legalForms: ["association", "scop"],
        territory: ["commune", "76540"],
      },
      { status: "published", themes: ["sante"], publics: [], legalForms: [], territory: null },
      {
        status: "draft",
        themes: ["mobilite", "sante"],
        publics: ["jeunes"],
        legalForms: ["sas"],
        territory: ["commune", "25462"],
        owner: own.id,
      },
      {
        status: "draft",
        themes: ["habitat"],
        publics: ["familles"],
        legalForms: ["association"],
        territory: ["commune", "76540"],
        owner: other.id,
      },
      {
        status: "archived",
        themes: ["insertion-emploi"],
        publics: ["personnes-exilees"],
        legalForms: ["fondation"],
        territory: ["departement", "25"],
        owner: own.id,
      },
    ] as const;
    for (const [i, model] of models.entries()) {
      await insertModel(deps.db, {
        title: `Modèle ${i + 1}`,
        summary: `Une coopérative d'habitants, numéro ${i + 1}.`,
        description: "Un modèle essaimable pour tester les filtres et les facettes.",
        status: model.status,
        themes: [...model.themes],
        publics: [...model.publics],
        legalForms: [...model.legalForms],
        ...(model.territory
          ? { originTerritoryKind: model.territory[0], originTerritoryCode: model.territory[1] }
          : {}),
        ...("owner" in model ? { ownerFabriqueId: model.owner } : {}),
      });
    }
  });
  afterAll(async () => deps.close());

  const filters: Omit<SearchModelsInput, "q">[] = [
    {},
    { theme: "mobilite" },
    { theme: "habitat,sante" },
    { public: "jeunes" },
    { public: "tous-publics,personnes-exilees" },
    { legalForm: "association" },
    { region: "27" },
    { region: "28,27" },
    { territory: "departement:25" },
    { theme: "mobilite", public: "jeunes", region: "27" },
    { status: "published" },
  ];

  it("for a visitor, a Fabrique's officer and the network's animator", async () => {
    const totals: number[] = [];
    for (const actor of [null, officer, animator]) {
      for (const filter of filters) {
        const searched = successValue(
          await searchModels(deps, actor, { ...filter, q: "coopérative", limit: 50 }),
        );
        const browsed = successValue(await searchModels(deps, actor, { ...filter, q: "", limit: 50 }));
        expect({ filter, actor: actor?.userId, ...view(searched) }).toEqual({
          filter,
          actor: actor?.userId,
          ...view(browsed),
        });
        totals.push(searched.total);
      }
    }
    // The filters and the visibility rules do narrow: not the same models every time.
    expect(new Set(totals).size).toBeGreaterThan(4);
  });

  it("keeps the models each filter names", async () => {
    const titles = async (filter: Omit<SearchModelsInput, "q">) =>
      successValue(await searchModels(deps, null, { ...filter, q: "coopérative" }))
        .results.map((r) => r.title)
        .sort();
    expect(await titles({})).toEqual(["Modèle 1", "Modèle 2", "Modèle 3", "Modèle 4"]);
    expect(await titles({ theme: "mobilite" })).toEqual(["Modèle 1", "Modèle 2"]);
    expect(await titles({ public: "jeunes,tous-publics" })).toEqual(["Modèle 1", "Modèle 3"]);
    expect(await titles({ legalForm: "scop" })).toEqual(["Modèle 3"]);
    expect(await titles({ region: "28" })).toEqual(["Modèle 3"]);
    expect(await titles({ territory: "commune:25462" })).toEqual(["Modèle 1"]);
  });

  it("for the drafts and archived models of those who may see them", async () => {
    for (const [actor, status] of [
      [officer, "draft"],
      [officer, "archived"],
      [animator, "draft"],
      [animator, "archived"],
    ] as const) {
      const searched = successValue(await searchModels(deps, actor, { status, q: "coopérative", limit: 50 }));
      const browsed = successValue(await searchModels(deps, actor, { status, q: "", limit: 50 }));
      expect(view(searched)).toEqual(view(browsed));
      expect(searched.total).toBeGreaterThan(0);
    }
    const officerDrafts = successValue(
      await searchModels(deps, officer, { status: "draft", q: "coopérative" }),
    );
    expect(officerDrafts.total).toBe(1);
    const animatorDrafts = successValue(
      await searchModels(deps, animator, { status: "draft", q: "coopérative" }),
    );
    expect(animatorDrafts.total).toBe(2);
  });
});
