import { describe, expect, it } from "vitest";
import { explainMatch } from "./explain";
import type { QueryTerm } from "./query-terms";

const terms: QueryTerm[] = [
  { lexeme: "epicer", weight: 1, origins: [{ kind: "word", word: "épicerie" }] },
  { lexeme: "senior", weight: 0.6, origins: [{ kind: "synonym", term: "seniors", of: "personnes âgées" }] },
  {
    lexeme: "bien",
    weight: 0.6,
    origins: [{ kind: "synonym", term: "bien vieillir", of: "personnes âgées" }],
  },
  {
    lexeme: "vieil",
    weight: 0.6,
    origins: [{ kind: "synonym", term: "bien vieillir", of: "personnes âgées" }],
  },
  { lexeme: "ressourcer", weight: 0.75, origins: [{ kind: "typo", word: "resourcerie", similarity: 0.75 }] },
];

describe("explaining a result", () => {
  it("names the typed word and the fields it was found in, strongest reason first", () => {
    const why = explainMatch({
      matched: [
        { lexeme: "senior", fields: 2, score: 0.5 },
        { lexeme: "epicer", fields: 1 | 8, score: 3 },
      ],
      terms,
      detectedThemes: [],
      modelThemes: [],
      themeLabels: new Map(),
      surfaces: new Map(),
    });
    expect(why.map((w) => w.label)).toEqual([
      "« épicerie » dans le titre et la description",
      "« seniors » (synonyme de « personnes âgées ») dans les mots-clés",
    ]);
  });

  it("gives one reason per expression even when it has several stems", () => {
    const why = explainMatch({
      matched: [
        { lexeme: "bien", fields: 8, score: 0.2 },
        { lexeme: "vieil", fields: 4, score: 0.4 },
      ],
      terms,
      detectedThemes: [],
      modelThemes: [],
      themeLabels: new Map(),
      surfaces: new Map(),
    });
    expect(why).toHaveLength(1);
    expect(why[0]).toMatchObject({
      kind: "synonym",
      term: "bien vieillir",
      fields: ["summary", "description"],
    });
  });

  it("shows the catalogue's word for a corrected typo, and the query's themes the model is in", () => {
    const why = explainMatch({
      matched: [{ lexeme: "ressourcer", fields: 1, score: 2 }],
      terms,
      detectedThemes: [
        { code: "economie-circulaire", via: "resourcerie" },
        { code: "habitat", via: "logement" },
      ],
      modelThemes: ["economie-circulaire"],
      themeLabels: new Map([["economie-circulaire", "Économie circulaire et réemploi"]]),
      surfaces: new Map([["ressourcer", "ressourcerie"]]),
    });
    expect(why.map((w) => w.label)).toEqual([
      "« ressourcerie » (pour « resourcerie ») dans le titre",
      "thème « Économie circulaire et réemploi » (d'après « resourcerie »)",
    ]);
  });
});
