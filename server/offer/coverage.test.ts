import { describe, expect, it } from "vitest";
import { ancestorsOrSelf, coverageKeys, type KeyFacts, zoneKey } from "./coverage";

const facts = new Map<string, KeyFacts>([
  ["commune:25462", { current: "commune:25462", parents: ["epci:242500338", "departement:25", "region:27"] }],
  ["epci:242500338", { current: "epci:242500338", parents: ["departement:25", "region:27"] }],
  ["departement:25", { current: "departement:25", parents: ["region:27"] }],
  // An old commune code standing for today's commune.
  ["commune:75101", { current: "commune:75056", parents: ["departement:75", "region:11"] }],
]);

describe("where a service of the existing offer applies", () => {
  it("reads the kind of each eligibility code from its shape", () => {
    expect(zoneKey("france")).toBe("france");
    expect(zoneKey("99100")).toBe("france");
    expect(zoneKey("99134")).toBeNull();
    expect(zoneKey("242500338")).toBe("epci:242500338");
    expect(zoneKey("25462")).toBe("commune:25462");
    expect(zoneKey("2a004")).toBe("commune:2A004");
    expect(zoneKey("25")).toBe("departement:25");
    expect(zoneKey("971")).toBe("departement:971");
  });

  it("keeps the zone, the zone with its parents, and the address's commune with its parents", () => {
    expect(coverageKeys(["242500338"], "25462", facts)).toEqual({
      zoneKeys: ["epci:242500338"],
      zoneUpKeys: ["epci:242500338", "departement:25", "region:27"],
      addressUpKeys: ["commune:25462", "epci:242500338", "departement:25", "region:27"],
    });
    expect(coverageKeys(["france", "99134"], null, facts)).toEqual({
      zoneKeys: ["france"],
      zoneUpKeys: ["france"],
      addressUpKeys: [],
    });
  });

  it("follows an old commune code to today's commune", () => {
    expect(coverageKeys(null, "75101", facts).addressUpKeys).toEqual([
      "commune:75056",
      "departement:75",
      "region:11",
    ]);
  });

  it("matches a territory's offer through itself, its parents and the whole country", () => {
    expect(ancestorsOrSelf("commune:25462", facts)).toEqual([
      "commune:25462",
      "epci:242500338",
      "departement:25",
      "region:27",
      "france",
    ]);
  });
});
