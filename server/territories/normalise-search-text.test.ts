import { describe, expect, it } from "vitest";
import { normaliseSearchText } from "./normalise-search-text";

describe("normaliseSearchText", () => {
  it("drops accents and turns hyphens into spaces", () => {
    expect(normaliseSearchText("Saint-Étienne")).toBe("saint etienne");
    expect(normaliseSearchText("  SAINT   ETIENNE ")).toBe("saint etienne");
  });

  it("folds apostrophes, diaereses and ligatures", () => {
    expect(normaliseSearchText("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(normaliseSearchText("Provence-Alpes-Côte d’Azur")).toBe("provence alpes cote d azur");
    expect(normaliseSearchText("Œuilly")).toBe("oeuilly");
  });

  it("keeps digits and letters of codes", () => {
    expect(normaliseSearchText("2A004")).toBe("2a004");
    expect(normaliseSearchText("QN04901M")).toBe("qn04901m");
  });
});
