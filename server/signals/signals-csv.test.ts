import { describe, expect, it } from "vitest";
import type { SignalListItem } from "./list-signals";
import { signalsToCsv } from "./signals-csv";

const item: SignalListItem = {
  id: "00000000-0000-0000-0000-000000000001",
  reference: "ADR-2026-0001",
  kind: "need",
  title: '=HYPERLINK("x"); conciergerie',
  status: "new",
  channel: "public_form",
  territoryKind: "commune",
  territoryCode: "76540",
  territoryName: "Rouen",
  themes: ["bien-vieillir"],
  sourceOrganisation: "",
  wakeUpOn: null,
  spam: null,
  createdAt: new Date("2026-11-27T09:00:00.000Z"),
  fabriqueSlug: "adress",
  fabriqueName: "ADRESS",
};

describe("the signals CSV export", () => {
  it("writes French labels, quotes separators and defuses formulas", () => {
    const csv = signalsToCsv([item], new Map([["bien-vieillir", "Bien vieillir"]]));
    const [header, line] = csv.replace("\uFEFF", "").split("\r\n");
    expect(header).toBe("Référence;Type;Titre;Statut;Canal;Territoire;Thèmes;Source;Reçue le");
    expect(line).toBe(
      `ADR-2026-0001;Besoin non couvert;"'=HYPERLINK(""x""); conciergerie";Nouvelle;Formulaire public;Rouen (76540);Bien vieillir;;2026-11-27`,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
  });
});
