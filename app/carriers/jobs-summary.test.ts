import { describe, expect, it } from "vitest";
import { jobsSummary } from "./jobs-summary";

const fte = (hundredths: number) => (hundredths / 100).toLocaleString("fr-FR");

describe("the jobs an activity created, in French", () => {
  it("leaves out what is zero instead of « 0 de travailleurs handicapés »", () => {
    const summary = jobsSummary(
      { jobsFteHundredths: 300, insertionFteHundredths: 300, disabilityFteHundredths: 0 },
      fte,
    );
    expect(summary).toBe("3 ETP créés, dont 3 ETP en insertion");
    expect(summary).not.toContain("0 de");
  });

  it("keeps the singular below two, and says when there is none", () => {
    expect(
      jobsSummary({ jobsFteHundredths: 150, insertionFteHundredths: 0, disabilityFteHundredths: 150 }, fte),
    ).toBe("1,5 ETP créé, dont 1,5 ETP de travailleurs handicapés");
    expect(
      jobsSummary({ jobsFteHundredths: 0, insertionFteHundredths: 0, disabilityFteHundredths: 0 }, fte),
    ).toBe("Aucun emploi créé");
  });
});
