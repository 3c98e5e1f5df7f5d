import { describe, expect, it } from "vitest";
import { fieldsOf, idf, termFrequencyPart, termScore, weightedFrequency } from "./bm25";

describe("BM25", () => {
  it("gives a rare stem a larger idf than a common one, never a negative one", () => {
    // ln(1 + (10 - 1 + 0.5) / (1 + 0.5)) = ln(7.333…) = 1.99243
    expect(idf(10, 1)).toBeCloseTo(1.99243, 4);
    // ln(1 + (10 - 9 + 0.5) / (9 + 0.5)) = ln(1.15789…) = 0.14660
    expect(idf(10, 9)).toBeCloseTo(0.1466, 4);
    expect(idf(10, 10)).toBeGreaterThan(0);
  });

  it("saturates the frequency and normalises by length (k1 1.2, b 0.75)", () => {
    // Average length: norm = 1, so f·2.2 / (f + 1.2) → 1 for f = 1.
    expect(termFrequencyPart(1, 100, 100)).toBeCloseTo(1, 6);
    // f = 3 in a document twice the average: 3·2.2 / (3 + 1.2·(0.25 + 1.5)) = 6.6 / 5.1 = 1.29412
    expect(termFrequencyPart(3, 200, 100)).toBeCloseTo(1.29412, 4);
    // Never more than k1 + 1, however often the stem occurs.
    expect(termFrequencyPart(1000, 100, 100)).toBeLessThan(2.2);
    expect(termFrequencyPart(0, 100, 100)).toBe(0);
  });

  it("multiplies query weight, idf and frequency part", () => {
    const score = termScore({ weight: 0.6, idf: 2, frequency: 1, length: 100, averageLength: 100 });
    expect(score).toBeCloseTo(1.2, 6);
  });

  it("weights a stem's occurrences by field: title 3, tags 2, summary 1.5, description 1", () => {
    expect(weightedFrequency(["A", "D", "D"])).toEqual({ frequency: 5, fields: 1 | 8 });
    expect(weightedFrequency(["B", "C"])).toEqual({ frequency: 3.5, fields: 2 | 4 });
    expect(fieldsOf(1 | 4)).toEqual(["title", "summary"]);
  });
});
