import { describe, expect, it } from "vitest";
import { renderStudyPdf } from "./render-study-pdf";
import { normaliseSections } from "./study-sections";

const pageCount = (pdf: Buffer) => Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);

describe("the study as a PDF", () => {
  const base = {
    initiativeTitle: "Conciergerie des seniors",
    reference: "ADR-P-2026-001",
    fabriqueName: "ADRESS",
    territoryName: "Rouen",
    version: 2,
    status: "final" as const,
    savedAt: new Date("2026-11-20T10:00:00Z"),
    printedAt: new Date("2026-11-27T09:00:00Z"),
    forecastName: null,
  };

  it("is a PDF document, one page for a short study", async () => {
    const pdf = await renderStudyPdf({
      ...base,
      sections: normaliseSections({ context: "Saisine de la ville" }),
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(1);
  });

  it("runs over several pages for a long study, without blank pages added by the footers", async () => {
    const long = "Les personnes âgées isolées du quartier ont besoin de services de proximité. ".repeat(60);
    const short = await renderStudyPdf({ ...base, sections: normaliseSections({ context: long }) });
    const longer = await renderStudyPdf({
      ...base,
      sections: normaliseSections({ context: long, needs: long, risks: long }),
    });
    expect(pageCount(short)).toBe(2);
    expect(pageCount(longer)).toBe(4);
  });
});
