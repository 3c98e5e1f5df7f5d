import { describe, expect, it } from "vitest";
import { parseTerritoryQuery } from "./parse-territory-query";

describe("parseTerritoryQuery", () => {
  it("reads a five-digit entry as an INSEE code and as a postcode", () => {
    expect(parseTerritoryQuery(" 25300 ").codes).toEqual([
      { by: "code", kind: "commune", code: "25300" },
      { by: "postcode", postcode: "25300" },
    ]);
  });

  it("reads Corsican INSEE codes, SIREN with spaces and département codes", () => {
    expect(parseTerritoryQuery("2a004").codes).toEqual([{ by: "code", kind: "commune", code: "2A004" }]);
    expect(parseTerritoryQuery("242 500 338").codes).toEqual([
      { by: "code", kind: "epci", code: "242500338" },
    ]);
    expect(parseTerritoryQuery("25").codes).toEqual([
      { by: "code", kind: "departement", code: "25" },
      { by: "code", kind: "region", code: "25" },
    ]);
    expect(parseTerritoryQuery("2B").codes).toEqual([{ by: "code", kind: "departement", code: "2B" }]);
    expect(parseTerritoryQuery("974").codes[0]).toEqual({ by: "code", kind: "departement", code: "974" });
  });

  it("reads QPV codes as a prefix of code_qp", () => {
    expect(parseTerritoryQuery("qn04901").codes).toEqual([{ by: "qpv-prefix", prefix: "QN04901" }]);
  });

  it("folds names and rewrites the long forms of EPCI natures", () => {
    expect(parseTerritoryQuery("Saint-Étienne")).toMatchObject({
      text: "saint etienne",
      tokens: ["saint", "etienne"],
      codes: [],
    });
    expect(parseTerritoryQuery("Communauté de communes du Grand Pontarlier").text).toBe(
      "cc du grand pontarlier",
    );
    expect(parseTerritoryQuery("St Étienne").text).toBe("saint etienne");
  });

  it("finds nothing to look for in an empty or punctuation-only entry", () => {
    expect(parseTerritoryQuery(" - ' ")).toEqual({ text: "", tokens: [], codes: [] });
  });
});
