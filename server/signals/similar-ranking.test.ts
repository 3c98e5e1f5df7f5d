import { describe, expect, it } from "vitest";
import { explainSimilar, rankSimilar, scoreSimilar } from "./similar-ranking";

const vieillir = { code: "bien-vieillir", label: "Bien vieillir" };

describe("ranking similar signals and initiatives", () => {
  it("with the same text, the closer territory ranks first: same, EPCI, département, région, far", () => {
    const items = (["far", "region", "departement", "epci", "same"] as const).map((closeness) => ({
      closeness,
      similarity: 0.5,
      sharedThemes: [],
    }));
    expect(rankSimilar(items, 10).map((item) => item.closeness)).toEqual([
      "same",
      "epci",
      "departement",
      "region",
      "far",
    ]);
  });

  it("a paraphrase in the same EPCI outranks an identical text in another région", () => {
    const near = { closeness: "epci" as const, similarity: 0.6, sharedThemes: [] };
    const far = { closeness: "far" as const, similarity: 1, sharedThemes: [] };
    expect(scoreSimilar(near)).toBeGreaterThan(scoreSimilar(far));
  });

  it("shared themes break ties, counted up to two", () => {
    const base = { closeness: "departement" as const, similarity: 0.4 };
    const none = scoreSimilar({ ...base, sharedThemes: [] });
    const one = scoreSimilar({ ...base, sharedThemes: [vieillir] });
    const two = scoreSimilar({ ...base, sharedThemes: [vieillir, { code: "a", label: "A" }] });
    const three = scoreSimilar({
      ...base,
      sharedThemes: [vieillir, { code: "a", label: "A" }, { code: "b", label: "B" }],
    });
    expect(one).toBeGreaterThan(none);
    expect(two).toBeGreaterThan(one);
    expect(three).toBe(two);
  });

  it("says why in French: territory, each shared theme, then how close the texts are", () => {
    expect(
      explainSimilar({ closeness: "same", similarity: 0.618, sharedThemes: [vieillir] }).map((w) => w.label),
    ).toEqual(["même territoire", "thème commun : Bien vieillir", "texte proche à 62\u00a0%"]);
    expect(
      explainSimilar({ closeness: "far", similarity: 0.3, sharedThemes: [] }).map((w) => w.kind),
    ).toEqual(["text"]);
  });

  it("keeps the best ones only, with their score and why", () => {
    const items = [0.3, 0.9, 0.5].map((similarity) => ({
      closeness: "far" as const,
      similarity,
      sharedThemes: [],
    }));
    const ranked = rankSimilar(items, 2);
    expect(ranked.map((item) => item.similarity)).toEqual([0.9, 0.5]);
    expect(ranked[0]?.score).toBeCloseTo(0.45);
    expect(ranked[0]?.why).toHaveLength(1);
  });
});
