import { describe, expect, it } from "vitest";
import { choroplethColors, classOf, quantileClasses } from "./choropleth-classes";

describe("choropleth classes", () => {
  it("splits values into five classes of equal size, light to dark", () => {
    const classes = quantileClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(classes.map((c) => c.color)).toEqual([...choroplethColors]);
  });

  it("never splits equal values and uses fewer classes when there are few values", () => {
    const classes = quantileClasses([5, 5, 5, 5, 9]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [5, 5],
      [9, 9],
    ]);
    expect(classes.map((c) => c.color)).toEqual([choroplethColors[0], choroplethColors[4]]);
    expect(quantileClasses([])).toEqual([]);
  });

  it("places a value in its class, and no data in none", () => {
    const classes = quantileClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classOf(classes, 1)).toBe(0);
    expect(classOf(classes, 6)).toBe(2);
    expect(classOf(classes, 10)).toBe(4);
    expect(classOf(classes, null)).toBeNull();
  });
});
