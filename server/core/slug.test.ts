import { describe, expect, it } from "vitest";
import { exportFileName } from "../forecasts/export-name";
import { slugFromTitle } from "./slug";

describe("slugs", () => {
  it("a title becomes an address without accents or punctuation", () => {
    expect(slugFromTitle("Qu'est-ce qui manque à Évreux ?")).toBe("qu-est-ce-qui-manque-a-evreux");
    expect(slugFromTitle("  ---  ")).toBe("");
  });

  it("a ligature is written out rather than dropped", () => {
    expect(slugFromTitle("Cœur de ville")).toBe("coeur-de-ville");
    expect(slugFromTitle("Ex-æquo à Œting")).toBe("ex-aequo-a-oeting");
    expect(slugFromTitle("Straße Ørsted Łódź")).toBe("strasse-orsted-lodz");
    expect(slugFromTitle("ﬁlière")).toBe("filiere");
  });

  it("a forecast's download is named after it, cut without a dangling hyphen", () => {
    expect(exportFileName("Scénario central", "xlsx")).toBe("previsionnel-scenario-central.xlsx");
    expect(exportFileName("…", "pdf")).toBe("previsionnel.pdf");
    expect(exportFileName(`${"a".repeat(59)} b`, "pdf")).toBe(`previsionnel-${"a".repeat(59)}.pdf`);
  });
});
