import { describe, expect, it } from "vitest";
import { aggregateApplication, proposeRanking, reviewMark } from "./aggregate";

const criteria = [
  { id: "project", weight: 3, scaleMax: 5 },
  { id: "finance", weight: 1, scaleMax: 10 },
];
const review = (userId: string, project: number, finance: number) => ({
  userId,
  scores: new Map([
    ["project", project],
    ["finance", finance],
  ]),
});

describe("the jury's table", () => {
  it("marks a review out of 100 as the weighted mean of its scores over their scales", () => {
    // (3 × 4/5 + 1 × 5/10) / 4 = 0.725
    expect(reviewMark(criteria, review("a", 4, 5).scores)).toBeCloseTo(72.5);
    expect(reviewMark(criteria, new Map([["project", 4]]))).toBeNull();
  });

  it("gives an application the mean of its marks, their spread and each criterion's mean", () => {
    const figures = aggregateApplication(criteria, [
      review("a", 4, 5),
      review("b", 5, 10),
      review("c", 2, 4),
    ]);
    // Marks: 72.5, 100, 40 → mean 70.8, spread 60.
    expect(figures.reviewCount).toBe(3);
    expect(figures.mean).toBe(70.8);
    expect(figures.spread).toBe(60);
    expect(figures.perCriterion.get("project")).toBe(3.7);
    expect(figures.perCriterion.get("finance")).toBe(6.3);
  });

  it("has no figures for an application nobody reviewed yet", () => {
    const figures = aggregateApplication(criteria, []);
    expect(figures).toMatchObject({ reviewCount: 0, mean: null, spread: null });
    expect(figures.perCriterion.get("project")).toBeNull();
  });

  it("proposes a ranking by mean mark, unscored last, ties in the order given", () => {
    const rows = [
      { name: "Adapei", mean: 70 },
      { name: "Inconnu", mean: null },
      { name: "Régie", mean: 55 },
      { name: "Solivers", mean: 82 },
      { name: "Tiers", mean: 70 },
    ];
    expect(proposeRanking(rows).map((r) => r.name)).toEqual([
      "Solivers",
      "Adapei",
      "Tiers",
      "Régie",
      "Inconnu",
    ]);
  });
});
