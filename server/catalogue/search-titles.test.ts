import { describe, expect, it } from "vitest";
import { titleFactor } from "../search/retrieval-plan";

describe("a query that names a model", () => {
  it("weighs the share of typed words found in the title, all of them the most", () => {
    expect(titleFactor(0, 2)).toBe(1);
    expect(titleFactor(1, 2)).toBeCloseTo(1.125);
    expect(titleFactor(2, 2)).toBe(1.5);
    expect(titleFactor(3, 0)).toBe(1);
  });
});
