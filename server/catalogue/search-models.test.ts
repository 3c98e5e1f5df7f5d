import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { BM25_B, BM25_K1, idf, termScore } from "../search/bm25";
import { COMMON_MIN_DOCUMENTS, commonThreshold, themeFactor, titleFactor } from "../search/retrieval-plan";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { facetMask } from "./model-facet-bits";
import { insertModel, insertModels } from "./model-factory";
import { themeFactorSql } from "./model-search-filters";
import { searchModels } from "./search-models";
import { adressOfficer } from "./visitor-cache-fixtures";

describe("searching the catalogue", () => {
  let deps: TestDeps;
  let officer: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    const adress = await adressOfficer(deps.db);
    officer = adress.officer;
    const published = { status: "published" as const };
    ids.epicerie = (
      await insertModel(deps.db, {
        ...published,
        title: "Épicerie itinérante",
        summary: "Un camion-épicerie qui passe chaque semaine dans les villages sans commerce.",
        description:
          "Une épicerie ambulante dessert des communes rurales où le dernier commerce a fermé : produits du quotidien, produits locaux, commandes livrées.",
        themes: ["services-proximite"],
        tags: ["commerce ambulant", "ruralité"],
      })
    ).id;
    ids.conciergerie = (
      await insertModel(deps.db, {
        ...published,
        title: "Conciergerie de quartier",
        summary: "Des petits services du quotidien pour les habitants, avec un salarié en insertion.",
        description:
          "La conciergerie propose dépôt de pain, point relais, prêt d'objets et coups de main entre voisins dans un quartier prioritaire.",
        themes: ["services-proximite", "lien-social"],
        tags: ["seniors", "quartier prioritaire"],
      })
    ).id;
    ids.ressourcerie = (
      await insertModel(deps.db, {
        ...published,
        title: "Ressourcerie",
        summary: "Collecter les objets dont on ne veut plus, les remettre en état et les revendre.",
        description:
          "La ressourcerie collecte, valorise, revend et sensibilise ; elle emploie des salariés en parcours d'insertion.",
        themes: ["economie-circulaire", "insertion-emploi"],
        tags: ["réemploi"],
      })
    ).id;
    ids.garage = (
      await insertModel(deps.db, {
        ...published,
        title: "Garage solidaire",
        summary: "Réparer les voitures à prix social pour que le véhicule ne soit plus un frein à l'emploi.",
        description:
          "Réparations, location et vente de véhicules sur prescription, avec des postes en insertion.",
        themes: ["mobilite", "insertion-emploi"],
        tags: ["mobilité"],
      })
    ).id;
    ids.draft = (
      await insertModel(deps.db, {
        status: "draft",
        ownerFabriqueId: adress.fabriqueId,
        title: "Brouillon d'épicerie solidaire",
        summary: "Une épicerie solidaire pour les petits budgets, en cours de description.",
        description:
          "Une épicerie où les familles aux petits budgets paient 20 % du prix, avec un accompagnement.",
        themes: ["alimentation-durable"],
      })
    ).id;
  });
  afterAll(async () => deps.close());

  it("finds a model without the accents the query left out", async () => {
    const found = successValue(await searchModels(deps, null, { q: "epicerie itinerante" }));
    expect(found.results[0]?.id).toBe(ids.epicerie);
    const labels = found.results[0]!.why.map((w) => w.label);
    expect(labels.some((l) => l.includes("« epicerie »") && l.includes("le titre"))).toBe(true);
  });

  it("corrects a misspelt word and says so", async () => {
    const found = successValue(await searchModels(deps, null, { q: "resourcerie" }));
    expect(found.results[0]?.id).toBe(ids.ressourcerie);
    const typo = found.results[0]!.why.find((w) => w.kind === "typo");
    expect(typo).toMatchObject({ kind: "typo", word: "resourcerie", found: "ressourcerie" });
    expect(found.interpretation.corrections).toEqual([{ word: "resourcerie", found: "ressourcerie" }]);
  });

  it("finds a model tagged “seniors” for “personnes âgées” and names the synonym used", async () => {
    const found = successValue(await searchModels(deps, null, { q: "personnes âgées" }));
    expect(found.results[0]?.id).toBe(ids.conciergerie);
    const synonym = found.results[0]!.why.find((w) => w.kind === "synonym");
    expect(synonym).toMatchObject({
      kind: "synonym",
      term: "seniors",
      of: "personnes âgées",
      fields: ["tags"],
    });
  });

  it("boosts the models of the theme the query is about, and says which theme", async () => {
    const found = successValue(await searchModels(deps, null, { q: "réparer sa voiture" }));
    expect(found.results[0]?.id).toBe(ids.garage);
    expect(found.results[0]!.why.some((w) => w.kind === "theme" && w.code === "mobilite")).toBe(true);
  });

  it("shows drafts to their Fabrique's team only", async () => {
    const publicView = successValue(await searchModels(deps, null, { q: "épicerie solidaire" }));
    expect(publicView.results.map((r) => r.id)).not.toContain(ids.draft);
    const teamView = successValue(await searchModels(deps, officer, { q: "épicerie solidaire" }));
    expect(teamView.results.map((r) => r.id)).toContain(ids.draft);
    const stranger: Actor = { ...officer, userId: "x", memberships: [] };
    const strangerView = successValue(await searchModels(deps, stranger, { q: "épicerie solidaire" }));
    expect(strangerView.results.map((r) => r.id)).not.toContain(ids.draft);
  });

  it("counts facets over the matches and filters by theme", async () => {
    const all = successValue(await searchModels(deps, null, { q: "insertion" }));
    const themes = Object.fromEntries(all.facets.themes.map((f) => [f.value, f.count]));
    expect(themes["insertion-emploi"]).toBe(2);
    const filtered = successValue(await searchModels(deps, null, { q: "insertion", theme: "mobilite" }));
    expect(filtered.results.map((r) => r.id)).toEqual([ids.garage]);
  });

  it("scores with BM25 exactly as the hand formula says", async () => {
    // A one-word query typed by the user (weight 1), in one field of one document.
    const found = successValue(await searchModels(deps, null, { q: "ruralité" }));
    expect(found.results.map((r) => r.id)).toEqual([ids.epicerie]);
    const { rows } = await deps.db.execute<{
      n: number;
      total: number;
      df: number;
      freq: number;
      len: number;
    }>(sql`
      select s.document_count as n, s.total_length as total, t.published_count as df, p.frequency as freq, p.length as len
      from model_search_corpus s, model_search_term t join model_search_posting p on p.term_id = t.term_id
      where t.lexeme = 'ruralit' and s.status = 'published'`);
    const r = rows[0]!;
    // Stems found in the tags field weigh 2; the average length is the corpus total over its size.
    expect(r.freq).toBe(2);
    const avg = Number(r.total) / r.n;
    const expected =
      idf(r.n, r.df) * ((2 * (BM25_K1 + 1)) / (2 + BM25_K1 * (1 - BM25_B + (BM25_B * r.len) / avg)));
    expect(found.results[0]!.score).toBeCloseTo(expected, 2);
  });
});

describe("reading a query before ranking it", () => {
  let deps: TestDeps;
  let cafe: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    cafe = (
      await insertModel(deps.db, {
        status: "published",
        title: "Café des voisins",
        summary: "Un lieu ouvert chaque après-midi pour rompre l'isolement des habitants du quartier.",
        description: "Des bénévoles accueillent les habitants autour d'un café, de jeux et de sorties.",
        themes: ["lien-social"],
      })
    ).id;
    await insertModel(deps.db, {
      status: "published",
      title: "Visites à domicile",
      summary: "Des bénévoles rendent visite aux personnes qui souffrent de solitude.",
      description: "Chaque semaine, un bénévole passe une heure avec une personne seule chez elle.",
      themes: ["bien-vieillir"],
    });
  });
  afterAll(async () => deps.close());

  it("uses the synonyms of a corrected word", async () => {
    // « solitde » is no stem of the catalogue: corrected to « solitude », which belongs to the
    // thesaurus group of « rompre l'isolement ».
    const found = successValue(await searchModels(deps, null, { q: "solitde" }));
    expect(found.interpretation.corrections).toEqual([{ word: "solitde", found: "solitude" }]);
    expect(found.interpretation.synonyms).toContainEqual({ term: "rompre l'isolement", of: "solitde" });
    const hit = found.results.find((r) => r.id === cafe);
    expect(hit?.why).toContainEqual(
      expect.objectContaining({ kind: "synonym", term: "rompre l'isolement", of: "solitde" }),
    );
  });

  it("boosts in SQL exactly as the theme factor says", async () => {
    const cases: [string[], string[]][] = [
      [["mobilite", "insertion-emploi"], ["mobilite"]],
      [
        ["mobilite", "insertion-emploi"],
        ["mobilite", "insertion-emploi", "habitat"],
      ],
      [["habitat"], ["mobilite"]],
      [["habitat"], []],
      [[], ["mobilite"]],
    ];
    for (const [modelThemes, queryThemes] of cases) {
      const bits = facetMask("theme", modelThemes).toString();
      const { rows } = await deps.db.execute<{ factor: number }>(sql`
        select ${themeFactorSql(queryThemes)} as factor from (select ${bits}::int8 as facet_bits) c`);
      expect(Number(rows[0]!.factor)).toBeCloseTo(themeFactor(modelThemes, queryThemes), 10);
    }
  });
});

describe("searching a catalogue where a word is common", () => {
  let deps: TestDeps;
  let brewery: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    // More models hold « projet » than the common threshold: it only adds its score to the
    // candidates the rare word brings, and brings its own strongest postings (champions).
    // As many models again without it, so that it still weighs something (its idf is not zero).
    await insertModels(
      deps.db,
      Array.from({ length: 2 * COMMON_MIN_DOCUMENTS + 40 }, (_, i) => ({
        status: "published" as const,
        title: i % 2 ? `Projet de quartier numéro ${i}` : `Association de quartier numéro ${i}`,
        summary: i % 2 ? "Un projet ordinaire, pour remplir le catalogue." : "Une association ordinaire.",
        description: "Elle sert à remplir le catalogue d'un test à grande échelle.",
        themes: ["lien-social"],
      })),
    );
    brewery = (
      await insertModel(deps.db, {
        status: "published",
        title: "Projet de brasserie zythologique",
        summary: "Une brasserie coopérative qui forme des salariés en insertion.",
        description: "La brasserie zythologique brasse, vend et forme ; un projet ancré dans son village.",
        themes: ["insertion-emploi"],
      })
    ).id;
    await insertModel(deps.db, {
      status: "published",
      title: "Atelier de dégustation",
      summary: "Des ateliers de découverte des bières locales.",
      description: "Une association anime des ateliers de culture zythologique pour les habitants.",
      themes: ["lien-social"],
    });
  });
  afterAll(async () => deps.close());

  it("scores the best candidates exactly, common word included, and says where each word was found", async () => {
    const found = successValue(await searchModels(deps, null, { q: "projet zythologique" }));
    expect(found.results[0]?.id).toBe(brewery);
    const { rows } = await deps.db.execute<{
      n: number;
      total: number;
      df: number;
      freq: number;
      len: number;
    }>(sql`
      select s.document_count as n, s.total_length as total, t.published_count as df, p.frequency as freq, p.length as len
      from model_search_corpus s, model_search_term t
      join model_search_posting p on p.term_id = t.term_id
      join model_search_document d on d.doc_id = p.doc_id
      where d.model_id = ${brewery} and t.lexeme in ('projet', 'zytholog') and s.status = 'published'`);
    expect(rows).toHaveLength(2);
    const common = rows.find((r) => r.df > commonThreshold(r.n));
    expect(common && idf(common.n, common.df)).toBeGreaterThan(0.5);
    const expected = rows.reduce(
      (sum, r) =>
        sum +
        termScore({
          weight: 1,
          idf: idf(r.n, r.df),
          frequency: r.freq,
          length: r.len,
          averageLength: Number(r.total) / r.n,
        }),
      0,
    );
    // Both typed words are in its title: the title factor applies in full.
    expect(found.results[0]!.score).toBeCloseTo(expected * titleFactor(2, 2), 2);
    const labels = found.results[0]!.why.map((w) => w.label);
    expect(labels.some((l) => l.includes("« projet »") && l.includes("le titre"))).toBe(true);
    expect(labels.some((l) => l.includes("« zythologique »") && l.includes("le titre"))).toBe(true);
  });
});
