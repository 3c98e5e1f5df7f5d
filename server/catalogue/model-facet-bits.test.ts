import { describe, expect, it } from "vitest";
import { countFacets, facetBitLayout, facetMask } from "./model-facet-bits";

/** Bits 0–30 and 31–61 of a set, as the SQL of `facetBitHalvesSql` returns them. */
const halves = (bits: bigint) => [Number(bits & 0x7fffffffn), Number(bits >> 31n)] as const;

describe("facet bits", () => {
  it("keeps every value at the position the stored index holds", () => {
    // The postings store these positions: a value may be added at the end of its range, never
    // moved (moving one needs a migration recomputing every document's and posting's bits).
    expect(facetBitLayout.map((entry) => `${entry.bit} ${entry.kind}:${entry.value}`)).toEqual([
      "0 status:published",
      "1 status:draft",
      "2 status:archived",
      "4 legalForm:association",
      "5 legalForm:scic",
      "6 legalForm:scop",
      "7 legalForm:sas",
      "8 legalForm:sarl",
      "9 legalForm:fondation",
      "10 legalForm:collectivite",
      "16 theme:bien-vieillir",
      "17 theme:alimentation-durable",
      "18 theme:mobilite",
      "19 theme:insertion-emploi",
      "20 theme:handicap-inclusion",
      "21 theme:economie-circulaire",
      "22 theme:services-proximite",
      "23 theme:lien-social",
      "24 theme:habitat",
      "25 theme:energie",
      "26 theme:numerique",
      "27 theme:culture-tourisme",
      "28 theme:petite-enfance-parentalite",
      "29 theme:sante",
      "30 theme:transition-ecologique",
      "40 public:actifs",
      "41 public:beneficiaires-des-minimas-sociaux",
      "42 public:demandeurs-emploi",
      "43 public:etudiants",
      "44 public:familles",
      "45 public:femmes",
      "46 public:jeunes",
      "47 public:personnes-en-situation-de-handicap",
      "48 public:personnes-en-situation-durgence",
      "49 public:personnes-en-situation-juridique-specifique",
      "50 public:personnes-exilees",
      "51 public:residents-qpv-frr",
      "52 public:seniors",
      "53 public:tous-publics",
    ]);
    expect(new Set(facetBitLayout.map((entry) => entry.bit)).size).toBe(facetBitLayout.length);
    expect(Math.max(...facetBitLayout.map((entry) => entry.bit))).toBeLessThan(62);
  });

  it("makes one mask of several values, and none of unknown ones", () => {
    expect(facetMask("theme", ["bien-vieillir", "mobilite"])).toBe((1n << 16n) | (1n << 18n));
    expect(facetMask("public", ["tous-publics"])).toBe(1n << 53n);
    expect(facetMask("theme", ["pas-un-theme"])).toBe(0n);
    expect(facetMask("legalForm", [])).toBe(0n);
  });

  it("counts each value over both halves of the sets", () => {
    const rows = [
      facetMask("status", ["published"]) |
        facetMask("theme", ["mobilite", "transition-ecologique"]) |
        facetMask("public", ["jeunes", "tous-publics"]) |
        facetMask("legalForm", ["scic"]),
      facetMask("status", ["draft"]) | facetMask("theme", ["mobilite"]) | facetMask("public", ["jeunes"]),
      facetMask("theme", ["sante"]),
      0n,
    ];
    const low = rows.map((bits) => halves(bits)[0]);
    const high = rows.map((bits) => halves(bits)[1]);
    expect(countFacets(low, high)).toEqual({
      theme: [
        { value: "mobilite", count: 2 },
        { value: "sante", count: 1 },
        { value: "transition-ecologique", count: 1 },
      ],
      public: [
        { value: "jeunes", count: 2 },
        { value: "tous-publics", count: 1 },
      ],
      legalForm: [{ value: "scic", count: 1 }],
    });
    expect(countFacets([], [])).toEqual({ theme: [], public: [], legalForm: [] });
  });
});
