import { describe, expect, it } from "vitest";
import { significantWords, titleFragments } from "./similar-signal-candidates";

describe("the pieces of a typed title a neighbour's title must share", () => {
  it("are the first four letters of each significant word, folded like the database", () => {
    expect(titleFragments("Épicerie solidaire pour les aînés")).toEqual(["epic", "soli", "aine"]);
    expect(titleFragments("Cœur de bourg : SŒURS")).toEqual(["coeu", "bour", "soeu"]);
  });

  it("leave out short and common words, so a title of those alone has none", () => {
    expect(titleFragments("Projet pour tous")).toEqual([]);
    expect(titleFragments("Un bus")).toEqual([]);
  });
});

describe("the words a title far away must all hold", () => {
  it("are folded, without the common words nor the folded « à » and « où »", () => {
    expect(significantWords("Projet de commerce de proximité à Laons, où ?")).toEqual([
      "de",
      "commerce",
      "de",
      "proximite",
      "laons",
    ]);
  });
});
