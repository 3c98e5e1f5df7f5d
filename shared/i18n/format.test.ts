import { describe, expect, it } from "vitest";
import { parseFrenchNumber } from "./format";

describe("numbers typed the French way", () => {
  it("accepts spaces, no-break spaces, a decimal comma and a unit sign", () => {
    expect(parseFrenchNumber("1 234,56")).toBe(1234.56);
    expect(parseFrenchNumber("1\u202f234,5 €")).toBe(1234.5);
    expect(parseFrenchNumber("12 %")).toBe(12);
    expect(parseFrenchNumber("-3,2")).toBe(-3.2);
    expect(parseFrenchNumber("12000.5")).toBe(12000.5);
  });

  it("reads nothing from what is no number", () => {
    expect(parseFrenchNumber("12,3,4")).toBeNull();
    expect(parseFrenchNumber("douze")).toBeNull();
    expect(parseFrenchNumber("")).toBeNull();
  });
});
