import { describe, expect, it } from "vitest";
import { type LookAlike, pickSimilarElsewhere } from "./similar-elsewhere-rules";

const item = (overrides: Partial<LookAlike>): LookAlike => ({
  id: "x",
  kind: "signal",
  fabriqueId: "b",
  title: "Laverie solidaire",
  similarity: 0.8,
  score: 0.5,
  ...overrides,
});

describe("which look-alikes elsewhere are told", () => {
  it("keeps one item per other Fabrique, its closest, and never one of the new item's own Fabrique", () => {
    const picked = pickSimilarElsewhere(
      [
        item({ id: "own", fabriqueId: "a", score: 0.9 }),
        item({ id: "b1", fabriqueId: "b", score: 0.4 }),
        item({ id: "b2", fabriqueId: "b", kind: "initiative", score: 0.6 }),
        item({ id: "c1", fabriqueId: "c", score: 0.45 }),
      ],
      "a",
    );
    expect(picked.map((p) => p.id)).toEqual(["b2", "c1"]);
  });

  it("tells nobody of a faint likeness", () => {
    expect(pickSimilarElsewhere([item({ similarity: 0.35, score: 0.9 })], "a")).toEqual([]);
  });
});
