import { describe, expect, it } from "vitest";
import {
  CHAMPION_BUDGET,
  championsPerStem,
  commonThreshold,
  MIN_CHAMPIONS,
  POSTING_BUDGET,
  planRetrieval,
  themeFactor,
} from "./retrieval-plan";

describe("planning a search at scale", () => {
  it("treats no stem as common in a catalogue of a few thousand models", () => {
    const planned = planRetrieval(
      [
        { termId: 1, lexeme: "person", documentCount: 250, weight: 1 },
        { termId: 2, lexeme: "epicer", documentCount: 3, weight: 1 },
      ],
      300,
    );
    expect(planned.map((t) => t.common)).toEqual([false, false]);
  });

  it("keeps very common stems out of candidate finding in a large catalogue", () => {
    const n = 100_000;
    expect(commonThreshold(n)).toBeGreaterThan(1000);
    const planned = planRetrieval(
      [
        { termId: 1, lexeme: "person", documentCount: 40_000, weight: 1 },
        { termId: 2, lexeme: "epicer", documentCount: 120, weight: 1 },
      ],
      n,
    );
    expect(Object.fromEntries(planned.map((t) => [t.lexeme, t.common]))).toEqual({
      person: true,
      epicer: false,
    });
  });

  it("finds candidates with the rarest common stems that fit when the query has nothing more distinctive", () => {
    const planned = planRetrieval(
      [
        { termId: 1, lexeme: "person", documentCount: 40_000, weight: 1 },
        { termId: 2, lexeme: "aid", documentCount: 1500, weight: 1 },
      ],
      20_000,
    );
    expect(Object.fromEntries(planned.map((t) => [t.lexeme, t.common]))).toEqual({
      aid: false,
      person: true,
    });
  });

  it("leaves a query of very common stems to their champions only", () => {
    const planned = planRetrieval(
      [{ termId: 1, lexeme: "solidair", documentCount: 22_000, weight: 1 }],
      100_000,
    );
    expect(planned.map((t) => t.common)).toEqual([true]);
    expect(championsPerStem(1)).toBe(CHAMPION_BUDGET);
  });

  it("stops reading postings at the budget, rarest stems first", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      termId: i + 1,
      lexeme: `s${i}`,
      documentCount: 900 + i,
      weight: 1,
    }));
    const planned = planRetrieval(many, 20_000);
    const read = planned.filter((t) => !t.common).reduce((sum, t) => sum + t.documentCount, 0);
    expect(read).toBeLessThanOrEqual(POSTING_BUDGET);
    expect(planned.filter((t) => !t.common).map((t) => t.lexeme)).toEqual(
      many.slice(0, planned.filter((t) => !t.common).length).map((t) => t.lexeme),
    );
  });

  it("reads every posting up to a few thousand models, so small catalogues rank exactly", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      termId: i + 1,
      lexeme: `s${i}`,
      documentCount: 900,
      weight: 1,
    }));
    expect(planRetrieval(many, 5000).every((t) => !t.common)).toBe(true);
  });

  it("shares the champion postings between the common stems, with a floor per stem", () => {
    expect(championsPerStem(0)).toBe(0);
    expect(championsPerStem(2)).toBe(CHAMPION_BUDGET / 2);
    expect(championsPerStem(1000)).toBe(MIN_CHAMPIONS);
  });

  it("drops stems no model holds", () => {
    expect(planRetrieval([{ termId: 1, lexeme: "x", documentCount: 0, weight: 1 }], 10)).toEqual([]);
  });

  it("boosts a model once per query theme it belongs to", () => {
    expect(themeFactor(["mobilite", "insertion-emploi"], ["mobilite"])).toBeCloseTo(1.2);
    expect(themeFactor(["habitat"], ["mobilite"])).toBe(1);
  });
});
