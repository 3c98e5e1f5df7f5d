import { describe, expect, it } from "vitest";
import { parseEurosToCents, parseFteHundredths } from "./fte";

describe("jobs in full-time equivalents", () => {
  it("reads French decimals into hundredths", () => {
    expect(parseFteHundredths("1,5")).toBe(150);
    expect(parseFteHundredths("0.75")).toBe(75);
    expect(parseFteHundredths(" 12 ")).toBe(1200);
    expect(parseFteHundredths("")).toBe(0);
    expect(parseFteHundredths(2.25)).toBe(225);
  });

  it("refuses what is not a number of jobs", () => {
    expect(parseFteHundredths("un et demi")).toBeNull();
    expect(parseFteHundredths("-1")).toBeNull();
    expect(parseFteHundredths("1,555")).toBeNull();
  });
});

describe("amounts in euros", () => {
  it("reads French amounts into cents, empty as not measured", () => {
    expect(parseEurosToCents("12 500,50")).toBe(1_250_050);
    expect(parseEurosToCents("12\u202f500 €")).toBe(1_250_000);
    expect(parseEurosToCents("")).toBeNull();
    expect(parseEurosToCents("beaucoup")).toBeUndefined();
  });
});
