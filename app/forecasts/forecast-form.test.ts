import { describe, expect, it } from "vitest";
import { emptyForecastInputs, forecastInputs } from "../../server/forecasts/forecast-inputs";
import { displayValue, parseFrenchNumber, readSection, withSection } from "./forecast-form";

describe("the editor's French numbers", () => {
  it("accepts spaces, no-break spaces and a decimal comma", () => {
    expect(parseFrenchNumber("1 234,56")).toBe(1234.56);
    expect(parseFrenchNumber("1\u202f234,5 €")).toBe(1234.5);
    expect(parseFrenchNumber("12 %")).toBe(12);
    expect(parseFrenchNumber("-3,2")).toBe(-3.2);
    expect(parseFrenchNumber("12,3,4")).toBeNull();
    expect(parseFrenchNumber("douze")).toBeNull();
  });

  it("shows stored units the way they are typed", () => {
    expect(displayValue("unitPriceCents", 123_456)).toBe("1234,56");
    expect(displayValue("employerChargeRateBp", 4250)).toBe("42,5");
    expect(displayValue("ftePermille", 686)).toBe("0,686");
    expect(displayValue("seasonality", [1000, 550])).toBe("100 55");
  });
});

describe("reading a section of the editor", () => {
  it("turns typed euros, percentages and FTE into the stored units", () => {
    const { data, errors } = readSection(
      {
        "staff.0.id": "p1",
        "staff.0.position": "Esthéticienne",
        "staff.0.ftePermille": "0,8",
        "staff.0.grossMonthlySalaryCents": "1 801,80",
        "staff.0.employerChargeRateBp": "20",
        "staff.0.contractKind": "cddi",
        "staff.0.aidRateCode": "iae-ei",
        "revenues.0.label": "ignored: another section",
      },
      "staff",
    );
    expect(errors).toEqual({});
    expect(data).toEqual([
      {
        id: "p1",
        position: "Esthéticienne",
        ftePermille: 800,
        grossMonthlySalaryCents: 180_180,
        employerChargeRateBp: 2000,
        contractKind: "cddi",
        aidRateCode: "iae-ei",
      },
    ]);
  });

  it("names the field that is not a number", () => {
    const { errors } = readSection({ "revenues.0.unitPriceCents": "trente" }, "revenues");
    expect(Object.keys(errors)).toEqual(["revenues.0.unitPriceCents"]);
  });

  it("keeps the stored fields a row's form does not show, and the schema accepts the result", () => {
    const inputs = forecastInputs.parse({
      ...emptyForecastInputs(new Date("2026-11-27")),
      revenues: [
        { kind: "sales", id: "s", label: "Soins", volumePerMonth: 10, unitPriceCents: 100, rampUpMonths: 2 },
      ],
    });
    const { data } = readSection(
      { "revenues.0.id": "s", "revenues.0.kind": "sales", "revenues.0.volumePerMonth": "20" },
      "revenues",
    );
    const next = forecastInputs.parse(withSection(inputs, "revenues", data));
    expect(next.revenues[0]).toMatchObject({
      volumePerMonth: 20,
      unitPriceCents: 100,
      rampUpMonths: 2,
      label: "Soins",
    });
  });
});
