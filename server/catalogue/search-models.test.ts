import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { BM25_B, BM25_K1, idf } from "../search/bm25";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { insertModel } from "./model-factory";
import { searchModels } from "./search-models";

const ok = <T>(result: { ok: true; value: T } | { ok: false }) => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
};

describe("searching the catalogue", () => {
  let deps: TestDeps;
  let officer: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "adress", name: "ADRESS" });
    const user = await createUser(deps.db, { email: "officer@adress.test" });
    await addMembership(deps.db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    officer = {
      userId: user.id,
      email: user.email,
      name: user.name,
      isNetworkAnimator: false,
      memberships: [
        {
          fabriqueId: fabrique.id,
          fabriqueSlug: "adress",
          fabriqueName: "ADRESS",
          role: "officer",
          initiativeId: null,
        },
      ],
    };
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
        ownerFabriqueId: fabrique.id,
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
    const found = ok(await searchModels(deps, null, { q: "epicerie itinerante" }));
    expect(found.results[0]?.id).toBe(ids.epicerie);
    const labels = found.results[0]!.why.map((w) => w.label);
    expect(labels.some((l) => l.includes("« epicerie »") && l.includes("le titre"))).toBe(true);
  });

  it("corrects a misspelt word and says so", async () => {
    const found = ok(await searchModels(deps, null, { q: "resourcerie" }));
    expect(found.results[0]?.id).toBe(ids.ressourcerie);
    const typo = found.results[0]!.why.find((w) => w.kind === "typo");
    expect(typo).toMatchObject({ kind: "typo", word: "resourcerie", found: "ressourcerie" });
    expect(found.interpretation.corrections).toEqual([{ word: "resourcerie", found: "ressourcerie" }]);
  });

  it("finds a model tagged “seniors” for “personnes âgées” and names the synonym used", async () => {
    const found = ok(await searchModels(deps, null, { q: "personnes âgées" }));
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
    const found = ok(await searchModels(deps, null, { q: "réparer sa voiture" }));
    expect(found.results[0]?.id).toBe(ids.garage);
    expect(found.results[0]!.why.some((w) => w.kind === "theme" && w.code === "mobilite")).toBe(true);
  });

  it("shows drafts to their Fabrique's team only", async () => {
    const publicView = ok(await searchModels(deps, null, { q: "épicerie solidaire" }));
    expect(publicView.results.map((r) => r.id)).not.toContain(ids.draft);
    const teamView = ok(await searchModels(deps, officer, { q: "épicerie solidaire" }));
    expect(teamView.results.map((r) => r.id)).toContain(ids.draft);
    const stranger: Actor = { ...officer, userId: "x", memberships: [] };
    const strangerView = ok(await searchModels(deps, stranger, { q: "épicerie solidaire" }));
    expect(strangerView.results.map((r) => r.id)).not.toContain(ids.draft);
  });

  it("counts facets over the matches and filters by theme", async () => {
    const all = ok(await searchModels(deps, null, { q: "insertion" }));
    const themes = Object.fromEntries(all.facets.themes.map((f) => [f.value, f.count]));
    expect(themes["insertion-emploi"]).toBe(2);
    const filtered = ok(await searchModels(deps, null, { q: "insertion", theme: "mobilite" }));
    expect(filtered.results.map((r) => r.id)).toEqual([ids.garage]);
  });

  it("scores with BM25 exactly as the hand formula says", async () => {
    // A one-word query typed by the user (weight 1), in one field of one document.
    const found = ok(await searchModels(deps, null, { q: "ruralité" }));
    expect(found.results.map((r) => r.id)).toEqual([ids.epicerie]);
    const { rows } = await deps.db.execute<{
      n: number;
      total: number;
      df: number;
      freq: number;
      len: number;
    }>(sql`
      select s.document_count as n, s.total_length as total, t.document_count as df, p.frequency as freq, p.length as len
      from model_search_stats s, model_search_term t join model_search_posting p on p.term_id = t.term_id
      where t.lexeme = 'ruralit'`);
    const r = rows[0]!;
    // Stems found in the tags field weigh 2; the average length is the corpus total over its size.
    expect(r.freq).toBe(2);
    const avg = Number(r.total) / r.n;
    const expected =
      idf(r.n, r.df) * ((2 * (BM25_K1 + 1)) / (2 + BM25_K1 * (1 - BM25_B + (BM25_B * r.len) / avg)));
    expect(found.results[0]!.score).toBeCloseTo(expected, 2);
  });
});
