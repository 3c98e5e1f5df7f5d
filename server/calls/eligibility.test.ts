import { describe, expect, it } from "vitest";
import { checkEligibility, departmentOfPostcode } from "./eligibility";

const rules = {
  legalForms: ["association", "scic"] as const,
  agrements: ["esus"] as const,
  departments: ["25", "39"],
};
// 775 670 417 is a SIREN that passes the Luhn check.
const solivers = {
  siren: "775 670 417",
  legalForm: "association" as const,
  agrements: ["esus" as const],
  postcode: "25300",
};

describe("who may apply to a call", () => {
  it("accepts a structure with a real SIREN, an accepted legal form, the agréments and a seat in the territory", () => {
    expect(checkEligibility(rules, solivers)).toEqual([]);
  });

  it("names every problem at once: SIREN checksum, legal form, missing agrément, seat outside", () => {
    const problems = checkEligibility(rules, {
      siren: "775670418",
      legalForm: "company",
      agrements: [],
      postcode: "75011",
    });
    expect(problems).toEqual([
      { field: "siren", reason: "checksum" },
      { field: "legalForm", reason: "not_eligible" },
      { field: "agrements", reason: "missing", missing: ["esus"] },
      { field: "postcode", reason: "outside" },
    ]);
  });

  it("refuses a SIREN that is not nine digits and a postcode that is not five", () => {
    const problems = checkEligibility(rules, { ...solivers, siren: "1234", postcode: "253" });
    expect(problems).toEqual([
      { field: "siren", reason: "length" },
      { field: "postcode", reason: "format" },
    ]);
  });

  it("lets any legal form and any territory apply when the call names none", () => {
    const open = { legalForms: [], agrements: [], departments: [] };
    expect(
      checkEligibility(open, { ...solivers, legalForm: "company", agrements: [], postcode: "97400" }),
    ).toEqual([]);
  });

  it("finds the département of a postcode, overseas and in Corsica too", () => {
    expect(departmentOfPostcode("25300")).toBe("25");
    expect(departmentOfPostcode("97411")).toBe("974");
    expect(departmentOfPostcode("20000")).toBe("2A");
    expect(departmentOfPostcode("20200")).toBe("2B");
    expect(departmentOfPostcode("2530")).toBeNull();
  });
});
