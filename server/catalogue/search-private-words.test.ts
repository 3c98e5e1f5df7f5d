import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createModel } from "./create-model";
import { insertModels } from "./model-factory";
import type { SearchModelsInput } from "./model-schemas";
import { searchModels } from "./search-models";

/*
 * Hole 1 of issue 14: a draft's unusual word came back to anyone searching a misspelling of it
 * ("corrections":[{"found":"<the private word>"}]). Every dictionary, count and suggestion of a
 * search is built from the models its caller may read: a visitor and another Fabrique's team see
 * exactly the same answers whether or not a Fabrique holds private drafts; the draft's own team
 * and the network animator, who may read it, are corrected towards it.
 */

const PRIVATE_WORD = "ornithorynques";
const MISSPELT = "ornithorinques";

/** Queries whose answers must not move when private models appear. */
const probes: SearchModelsInput[] = [
  { q: MISSPELT },
  { q: PRIVATE_WORD },
  { q: "épicerie" },
  { q: "epicerie solidaire pour les villages" },
  { q: `garage ${MISSPELT}` },
  { q: "garage", theme: ["mobilite"] },
  { q: "solidaire", status: "published" },
  { q: "" },
];

/** What an answer says beyond echoing the query typed. */
const saidBeyondQuery = (answer: { query: string }) => JSON.stringify({ ...answer, query: undefined });

describe("the catalogue search never reveals what its caller may not read", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let otherTeam: Actor;
  let ownTeam: Actor;
  let animator: Actor;
  let ownTeamToken: string;
  let otherTeamToken: string;
  let before: Map<string, unknown>;

  const answersOf = async (actor: Actor | null) => {
    const answers = new Map<string, unknown>();
    for (const probe of probes) {
      answers.set(JSON.stringify(probe), successValue(await searchModels(deps, actor, probe)));
    }
    return answers;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    const adress = await createFabrique(deps.db, { slug: "adress", name: "ADRESS" });
    const atis = await createFabrique(deps.db, { slug: "atis", name: "ATIS" });
    const own = await createUser(deps.db, { email: "officer@adress.test" });
    await addMembership(deps.db, { userId: own.id, fabriqueId: adress.id, role: "officer" });
    const other = await createUser(deps.db, { email: "officer@atis.test" });
    await addMembership(deps.db, { userId: other.id, fabriqueId: atis.id, role: "officer" });
    const network = await createUser(deps.db, { email: "animation@reseau.test", isNetworkAnimator: true });
    ownTeam = (await loadActor(deps, own.id))!;
    otherTeam = (await loadActor(deps, other.id))!;
    animator = (await loadActor(deps, network.id))!;
    ownTeamToken = await createBearerToken(deps.db, own.id);
    otherTeamToken = await createBearerToken(deps.db, other.id);

    await insertModels(deps.db, [
      {
        status: "published",
        title: "Épicerie solidaire itinérante",
        summary: "Un camion-épicerie qui passe chaque semaine dans les villages sans commerce.",
        description: "Produits du quotidien et produits locaux livrés dans les communes rurales.",
        themes: ["services-proximite"],
      },
      {
        status: "published",
        title: "Garage solidaire",
        summary: "Réparer les voitures à prix social.",
        description: "Réparations, location et vente de véhicules sur prescription.",
        themes: ["mobilite", "insertion-emploi"],
      },
      {
        status: "published",
        title: "Orchestre de quartier",
        summary: "Des musiciens amateurs jouent ensemble chaque semaine.",
        description: "Une école de musique solidaire ouverte aux familles du quartier.",
        themes: ["culture-tourisme"],
      },
    ]);
    // Another Fabrique's team sees the same answers as before, scores and facets included.
    before = new Map<string, unknown>([
      ...[...(await answersOf(null))].map(([k, v]) => [`visitor ${k}`, v] as const),
      ...[...(await answersOf(otherTeam))].map(([k, v]) => [`other ${k}`, v] as const),
    ]);

    // ADRESS proposes a draft holding the unusual word (through the service a team uses), and
    // holds an archived model with words of its own.
    successValue(
      await createModel(deps, ownTeam, {
        title: `Épicerie des ${PRIVATE_WORD}`,
        summary: `Une épicerie solidaire tenue par des ${PRIVATE_WORD} dans les villages.`,
        description: `Garage, épicerie et répétitions de ${PRIVATE_WORD} : un projet encore confidentiel.`,
        themes: ["mobilite", "services-proximite"],
      }),
    );
    await insertModels(deps.db, [
      {
        status: "archived",
        ownerFabriqueId: adress.id,
        title: "Garage des marimbistes",
        summary: "Un garage solidaire abandonné.",
        description: "Épicerie et garage en milieu rural.",
        themes: ["mobilite"],
      },
    ]);

    app = await buildServer(deps);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("gives a visitor and another Fabrique's team exactly the answers they had before the drafts", async () => {
    const after = new Map<string, unknown>([
      ...[...(await answersOf(null))].map(([k, v]) => [`visitor ${k}`, v] as const),
      ...[...(await answersOf(otherTeam))].map(([k, v]) => [`other ${k}`, v] as const),
    ]);
    for (const [probe, answer] of before) expect(after.get(probe), probe).toEqual(answer);
  });

  it("never offers a private word as a correction to a visitor, through the API either", async () => {
    for (const q of [MISSPELT, PRIVATE_WORD, "marimbiste"]) {
      const response = await app.inject({
        method: "GET",
        url: `/api/v1/models/search?q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode).toBe(200);
      expect(saidBeyondQuery(response.json())).not.toMatch(/ornithorynq|marimbist/i);
      expect(response.json().total).toBe(0);
    }
  });

  it("never offers another Fabrique's draft word to a team, whatever status it asks for", async () => {
    for (const status of [undefined, "draft", "archived", "published"] as const) {
      const query = new URLSearchParams({ q: MISSPELT, ...(status ? { status } : {}) });
      const response = await app.inject({
        method: "GET",
        url: `/api/v1/models/search?${query}`,
        headers: { authorization: `Bearer ${otherTeamToken}` },
      });
      expect(response.statusCode, status).toBe(200);
      expect(saidBeyondQuery(response.json()), status).not.toMatch(/ornithorynq|marimbist/i);
    }
  });

  it("corrects the draft's own team and the network animator towards the word they may read", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/models/search?q=${MISSPELT}`,
      headers: { authorization: `Bearer ${ownTeamToken}` },
    });
    expect(response.json().interpretation.corrections).toEqual([{ word: MISSPELT, found: PRIVATE_WORD }]);
    expect(response.json().total).toBe(1);

    const asAnimator = successValue(await searchModels(deps, animator, { q: MISSPELT }));
    expect(asAnimator.interpretation.corrections).toEqual([{ word: MISSPELT, found: PRIVATE_WORD }]);
    // The archived model is read only when asked for, by those who may read it.
    const archived = successValue(
      await searchModels(deps, ownTeam, { q: "marimbistes", status: "archived" }),
    );
    expect(archived.total).toBe(1);
    const published = successValue(
      await searchModels(deps, ownTeam, { q: "marimbiste", status: "published" }),
    );
    expect(saidBeyondQuery(published)).not.toMatch(/marimbist/i);
  });
});
