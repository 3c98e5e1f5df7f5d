import { describe, expect, it } from "vitest";
import { emptyForecastInputs, forecastInputs } from "../../server/forecasts/forecast-inputs";
import { displayValue, editorRefusals, readSection, withSection } from "./forecast-form";

describe("the editor's French numbers", () => {
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
        aidRateException: false,
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

describe("what the editor says when it refuses a value", () => {
  const refusalsOf = (inputs: Record<string, unknown>) => {
    const parsed = forecastInputs.safeParse(inputs);
    expect(parsed.success).toBe(false);
    return parsed.success ? {} : editorRefusals(parsed.error.issues, inputs);
  };
  const base = emptyForecastInputs(new Date("2026-11-27"));

  it("accepts the payment months the way its label shows them, « 1, 7 »", () => {
    const { data, errors } = readSection(
      { "revenues.0.id": "g", "revenues.0.kind": "grant", "revenues.0.paymentMonths": "1, 7" },
      "revenues",
    );
    expect(errors).toEqual({});
    expect(data).toEqual([{ id: "g", kind: "grant", paymentMonths: [1, 7] }]);
    expect(displayValue("paymentMonths", [1, 7])).toBe("1, 7");
    // Seasonality keeps its decimal comma; a comma followed by a space separates.
    const season = readSection({ "revenues.0.seasonality": "95,5, 100 100;100" }, "revenues");
    expect(season.data).toEqual([{ seasonality: [955, 1000, 1000, 1000] }]);
  });

  it("says an amount's limit in euros, not in cents", () => {
    const fields = refusalsOf({
      ...base,
      revenues: [{ kind: "sales", id: "s", label: "Soins", volumePerMonth: 1, unitPriceCents: 200_000_000 }],
    });
    expect(fields["revenues.0.unitPriceCents"]).toBe(
      "Saisissez un montant en euros entre 0\u00a0€ et 1\u202f000\u202f000\u00a0€, par exemple 1 234,56.",
    );
  });

  it("says months, percentages and the number of seasonality coefficients in the field's words", () => {
    const fields = refusalsOf({
      ...base,
      revenues: [
        {
          kind: "sales",
          id: "s",
          label: "Soins",
          volumePerMonth: 1,
          unitPriceCents: 100,
          endMonth: 40,
          seasonality: [1000, 1000, 1000],
        },
        { kind: "grant", id: "g", label: "Aide", amountCents: 100, paymentMonths: [0, 7] },
      ],
      costs: [{ id: "c", label: "Part", category: "purchases", monthlyAmountCents: 0, shareBp: 200_000 }],
    });
    expect(fields["revenues.0.endMonth"]).toBe(
      "Saisissez un numéro de mois entre 1 et 36 (le mois 1 est le premier mois du prévisionnel).",
    );
    expect(fields["revenues.0.seasonality"]).toContain("vous en avez saisi 3");
    expect(fields["revenues.1.paymentMonths"]).toContain("séparés par des virgules, par exemple 1, 7");
    expect(fields["costs.0.shareBp"]).toBe("Saisissez un pourcentage entre 0 % et 1000 %, par exemple 42,5.");
    for (const message of Object.values(fields)) expect(message).not.toMatch(/[<>]=|Trop (grand|petit)/);
  });

  it("a text that is not a number is refused in the field's unit", () => {
    const { errors } = readSection({ "staff.0.ftePermille": "huit", "staff.0.startMonth": "1,5" }, "staff");
    expect(errors).toEqual({
      "staff.0.ftePermille": "Saisissez un nombre d'équivalents temps plein, par exemple 0,8 pour un 80 %.",
      "staff.0.startMonth": "Saisissez un numéro de mois, un nombre entier, par exemple 1.",
    });
  });
});
