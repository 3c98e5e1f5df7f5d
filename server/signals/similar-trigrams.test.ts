import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { isAscii, trigramMeasures, typedTrigrams } from "./similar-trigrams";

/** Titles as officers type and store them: folded, with typos, digits, punctuation, capitals. */
const titles = [
  "epicerie solidaire pour les aines",
  "epicerie solidaire a bayonne",
  "pas d'epicerie solidaire a anglet",
  "epciierie solidaire pour les aidants",
  "creche a hroaires atypiques pour les salaries en horaires decales",
  "creche a horaires atypiques dans le quartier prioritaire",
  "hebergement touristique solidaire pour les habitants du quartier",
  "idee : hebergement touristique solidaire pres de la gare (biarritz)",
  "besoin : garage solidaire en centre-bourg (saint-jean-de-luz)",
  "garage solidaire",
  "garage",
  "Garage SOLIDAIRE -- 2024 !!",
  "accueil de jour accueil de jour",
  "aa aa aa",
  "a b c d e",
  "x",
  "...",
  "",
  "repair cafe 3.0 : le retour",
  "logement des saisonniers pour les saisonniers",
  "legumerie pour la restauration collective pour les etudiants",
  "transport a la demande pour les aidants a ustaritz",
  "local commercial vacant pour les nouveaux arrivants",
  "chnatier d'insertion pour les jeunes",
  "chantier d'insertion : demande des habitants de hendaye",
  "abcabcabc abc",
];

describe("trigram measures computed in the application", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("equal pg_trgm's similarity and word similarity to the bit, for every pair of titles", async () => {
    const pairs = titles.flatMap((typed) => titles.map((stored) => ({ typed, stored })));
    const rows = await deps.db.execute<{ typed: string; stored: string; sim: number; wsim: number }>(sql`
      select p.typed, p.stored, similarity(p.stored, p.typed)::float8 as sim,
             word_similarity(p.typed, p.stored)::float8 as wsim
      from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as p(typed text, stored text)`);
    expect(rows.rows).toHaveLength(pairs.length);
    const mismatches = rows.rows.filter(({ typed, stored, sim, wsim }) => {
      const measured = trigramMeasures(typedTrigrams(typed), stored);
      return measured.similarity !== Number(sim) || measured.word !== Number(wsim);
    });
    expect(mismatches).toEqual([]);
  });

  it("measure ASCII texts only: another character is left to the database", () => {
    expect(isAscii("epicerie solidaire (bayonne) : 2024 !")).toBe(true);
    expect(isAscii("epicerie solidaire a bayonne ’")).toBe(false);
    expect(isAscii("ecole de musique a Ｔokyo")).toBe(false);
  });
});
