import { describe, expect, it } from "vitest";
import {
  expandQuery,
  type LexemeFacts,
  planCorrections,
  type QueryWord,
  SYNONYM_WEIGHT,
  type SynonymGroup,
  splitQueryWords,
  synonymWeight,
  thesaurusLexemes,
} from "./query-terms";

const seniors: SynonymGroup = {
  id: "g1",
  terms: ["personnes âgées", "seniors", "bien vieillir"],
  lexemes: [["person", "age"], ["senior"], ["bien", "vieil"]],
  themeCode: "bien-vieillir",
};

const words = (...pairs: [string, string | null][]): QueryWord[] =>
  pairs.map(([word, lexeme]) => ({ word, lexeme }));

describe("reading a query", () => {
  it("splits on spaces, hyphens and apostrophes, keeping accents", () => {
    expect(splitQueryWords("L'épicerie  itinérante — anti-gaspi")).toEqual([
      "L",
      "épicerie",
      "itinérante",
      "anti",
      "gaspi",
    ]);
  });

  it("adds the other expressions of a thesaurus group found as a run of stems, and its theme", () => {
    const query = words(["personnes", "person"], ["âgées", "age"], ["isolées", "isol"]);
    const { terms, themes } = expandQuery(query, [], [seniors]);
    const byLexeme = Object.fromEntries(terms.map((t) => [t.lexeme, t]));
    expect(byLexeme.person?.weight).toBe(1);
    expect(byLexeme.senior).toEqual({
      lexeme: "senior",
      weight: synonymWeight(2),
      origins: [{ kind: "synonym", term: "seniors", of: "personnes âgées" }],
    });
    expect(byLexeme.vieil?.weight).toBe(synonymWeight(2));
    expect(themes).toEqual([{ code: "bien-vieillir", via: "personnes âgées" }]);
  });

  it("shares one synonym's weight between a group's expansions, always below a typed word", () => {
    expect(synonymWeight(1)).toBe(SYNONYM_WEIGHT);
    expect(synonymWeight(4)).toBe(SYNONYM_WEIGHT / 2);
    expect(synonymWeight(0)).toBeLessThan(1);
    const query = words(["seniors", "senior"]);
    const added = expandQuery(query, [], [seniors]).terms.filter((t) => t.lexeme !== "senior");
    const total = added.reduce((sum, t) => sum + t.weight, 0) / 2; // two expressions of two stems
    expect(total).toBeLessThan(1);
  });

  it("does not match a multi-word expression whose words are not adjacent", () => {
    const query = words(["personnes", "person"], ["très", "tres"], ["âgées", "age"]);
    expect(expandQuery(query, [], [seniors]).themes).toEqual([]);
  });

  it("ignores stop words when matching expressions", () => {
    const query = words(["bien", "bien"], ["le", null], ["vieillir", "vieil"]);
    expect(expandQuery(query, [], [seniors]).terms.map((t) => t.lexeme)).toContain("senior");
  });

  it("replaces a word unknown to the catalogue by its closest stem, weighted by similarity", () => {
    const facts = new Map<string, LexemeFacts>([
      [
        "resourcer",
        { documentCount: 0, neighbours: [{ lexeme: "ressourcer", documentCount: 4, similarity: 0.75 }] },
      ],
    ]);
    const query = words(["resourcerie", "resourcer"]);
    const corrections = planCorrections(query, facts, new Set());
    expect(corrections).toEqual([
      { word: "resourcerie", lexeme: "resourcer", replacement: "ressourcer", similarity: 0.75 },
    ]);
    const { terms } = expandQuery(query, corrections, []);
    expect(terms.find((t) => t.lexeme === "ressourcer")).toEqual({
      lexeme: "ressourcer",
      weight: 0.75,
      origins: [{ kind: "typo", word: "resourcerie", similarity: 0.75 }],
    });
  });

  it("leaves alone a word the catalogue knows well, a short word, and a word of the thesaurus", () => {
    const near = [{ lexeme: "garag", documentCount: 50, similarity: 0.9 }];
    const facts = new Map<string, LexemeFacts>([
      ["garage", { documentCount: 30, neighbours: near }],
      ["gar", { documentCount: 0, neighbours: near }],
      ["senior", { documentCount: 0, neighbours: near }],
    ]);
    const query = words(["garages", "garage"], ["gar", "gar"], ["seniors", "senior"]);
    expect(planCorrections(query, facts, thesaurusLexemes([seniors]))).toEqual([]);
  });

  it("corrects a word seen in a single model only towards a much more common, very similar one", () => {
    const facts = new Map<string, LexemeFacts>([
      [
        "solider",
        { documentCount: 1, neighbours: [{ lexeme: "solidair", documentCount: 40, similarity: 0.62 }] },
      ],
      [
        "mobilis",
        { documentCount: 1, neighbours: [{ lexeme: "mobilit", documentCount: 3, similarity: 0.7 }] },
      ],
    ]);
    const corrections = planCorrections(
      words(["solidere", "solider"], ["mobilise", "mobilis"]),
      facts,
      new Set(),
    );
    expect(corrections.map((c) => c.replacement)).toEqual(["solidair"]);
  });
});
