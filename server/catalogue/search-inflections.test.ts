import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertModel } from "./model-factory";
import { searchModels } from "./search-models";

describe("searching whatever the gender, the number or the spelling of a name", () => {
  let deps: TestDeps;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    const published = { status: "published" as const };
    ids.vertuose = (
      await insertModel(deps.db, {
        ...published,
        title: "VERT'uOSE, restaurant locavore inclusif",
        summary: "Un restaurant de produits locaux avec une équipe de travailleurs handicapés.",
        description: "Cuisine de saison, salle et cuisine tenues par des personnes en situation de handicap.",
        themes: ["alimentation-durable"],
      })
    ).id;
    ids.princess = (
      await insertModel(deps.db, {
        ...published,
        title: "Princ'ESS, institut de beauté solidaire",
        summary: "Un institut de beauté où travaillent des femmes en insertion.",
        description:
          "Une part du chiffre d'affaires finance des soins socio-esthétiques pour des personnes fragiles.",
        themes: ["insertion-emploi"],
      })
    ).id;
    ids.refuge = (
      await insertModel(deps.db, {
        ...published,
        title: "Accueil de familles réfugiées au village",
        summary: "Des familles réfugiées logées dans les locaux vacants d'une commune rurale.",
        description: "La commune, les habitants et une association accueillent des familles réfugiées.",
        themes: ["lien-social"],
      })
    ).id;
    ids.workshop = (
      await insertModel(deps.db, {
        ...published,
        title: "Atelier d'autoréparation",
        summary: "Un atelier où chacun répare son vélo avec l'aide de bénévoles.",
        description: "Des outils, des pièces de réemploi et des bénévoles pour entretenir son vélo soi-même.",
        themes: ["mobilite"],
      })
    ).id;
  });
  afterAll(async () => deps.close());

  it("finds a name written with an apostrophe and odd capitals when typed plainly", async () => {
    expect(successValue(await searchModels(deps, null, { q: "vertuose" })).results[0]?.id).toBe(ids.vertuose);
    expect(successValue(await searchModels(deps, null, { q: "princess" })).results[0]?.id).toBe(ids.princess);
  });

  it("finds the masculine plural for a feminine plural, and the other way round", async () => {
    const feminine = successValue(await searchModels(deps, null, { q: "travailleuses handicapées" }));
    expect(feminine.results[0]?.id).toBe(ids.vertuose);
    const masculine = successValue(await searchModels(deps, null, { q: "réfugiés" }));
    expect(masculine.results[0]?.id).toBe(ids.refuge);
    expect(masculine.interpretation.corrections).toEqual([]);
  });

  it("finds the singular for a plural the stemmer keeps", async () => {
    const found = successValue(await searchModels(deps, null, { q: "vélos" }));
    expect(found.results.map((r) => r.id)).toContain(ids.workshop);
  });
});
