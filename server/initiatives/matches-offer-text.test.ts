import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { importOffer } from "../offer/import-offer";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getSignalMatches } from "./get-signal-matches";

const structure = {
  source: "essaim-test",
  id: "essaim-test--maison-quartier-rouen",
  nom: "Maison de quartier Saint-Sever",
  date_maj: "2026-10-01",
  code_insee: "76540",
  commune: "Rouen",
};
/** Imported without `thematiques`, as most real imports are. */
const service = (id: string, nom: string, description: string) => ({
  source: "essaim-test",
  id,
  structure_id: structure.id,
  nom,
  description,
  date_maj: "2026-10-01",
  code_insee: "76540",
  commune: "Rouen",
});

describe("the existing offer proposed for a signal from the services' own text", () => {
  let deps: TestDeps;
  let officer: Actor;
  let signalId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "offre-texte" });
    const user = await createUser(deps.db);
    await addMembership(deps.db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    officer = (await loadActor(deps, user.id))!;
    const imported = await importOffer(deps, officer, {
      structures: [structure],
      services: [
        service(
          "essaim-test--atelier-velo",
          "Atelier vélo du quartier",
          "Un atelier d'autoréparation : chacun y répare son vélo avec les outils partagés et l'aide d'un mécanicien.",
        ),
        service(
          "essaim-test--creche",
          "Crèche municipale du quartier",
          "Accueil des enfants de moins de trois ans, du lundi au vendredi.",
        ),
      ],
    });
    if (!imported.ok) throw new Error(`offer not imported: ${JSON.stringify(imported)}`);
    const created = await createSignal(deps, officer, {
      kind: "need",
      title: "Pas d'endroit pour réparer son vélo",
      description:
        "Dans le quartier, les jeunes ont des vélos cassés et personne pour les aider à les réparer.",
      channel: "workshop",
      themes: ["mobilite"],
      territory: { kind: "commune", code: "76540" },
    });
    if (!created.ok) throw new Error("signal not created");
    signalId = created.value.id;
  });
  afterAll(async () => deps.close());

  it("proposes a service without thématiques found by its name and description, saying which words matched", async () => {
    const matches = await getSignalMatches(deps, officer, signalId);
    if (!matches.ok) throw new Error("no matches");
    expect(matches.value.offer).toEqual([]);
    expect(matches.value.unavailable).toEqual([]);
    const proposed = matches.value.offerByText.find((s) => s.id === "essaim-test--atelier-velo");
    expect(proposed).toMatchObject({ name: "Atelier vélo du quartier", structure: { name: structure.nom } });
    expect(proposed?.matchedWords).toEqual(expect.arrayContaining(["réparer", "vélo", "quartier"]));
  });

  it("does not propose a service that shares a single word with the signal, nor cites stop words", async () => {
    const matches = await getSignalMatches(deps, officer, signalId);
    if (!matches.ok) throw new Error("no matches");
    expect(matches.value.offerByText.map((s) => s.id)).toEqual(["essaim-test--atelier-velo"]);
    const words = matches.value.offerByText.flatMap((s) => s.matchedWords);
    for (const stop of ["les", "pour", "son", "d", "à", "et"]) expect(words).not.toContain(stop);
  });
});
