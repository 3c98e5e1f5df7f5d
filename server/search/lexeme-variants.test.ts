import { describe, expect, it } from "vitest";
import { lexemeVariants } from "./query-terms";

/** Stems as `fr_unaccent` gives them (accents folded, then the French stemmer). */
describe("the other genders and numbers of a typed word", () => {
  it.each([
    ["handicape", "handicap"], // handicapées → handicapés
    ["handicap", "handicape"],
    ["refugie", "refug"], // réfugiées → réfugiés
    ["isole", "isol"], // isolées → isolés
    ["chomeux", "chomeur"], // chômeuses → chômeurs
    ["chomeur", "chomeux"],
    ["travaill", "travailleur"], // travailleuses → travailleurs
    ["travailleur", "travaill"],
    ["velos", "velo"], // vélos → vélo
    ["velo", "velos"],
  ])("%s also reads %s", (typed, other) => {
    expect(lexemeVariants(typed)).toContain(other);
  });

  // Words that look alike and mean something else: no variant may join them.
  it.each([
    ["chausse", "chaussur"], // chaussée, chaussure
    ["chaussur", "chausse"],
    ["port", "porte"], // port, porte
    ["vois", "voisin"], // vois, voisin
    ["vois", "voi"],
    ["sal", "sale"], // salle, sale
    ["mar", "mare"],
    ["cour", "cours"], // cour, cours
    ["mort", "mortier"],
    ["vertueux", "vertuos"], // vertueuse, VERT'uOSE: a name, not a form of the adjective
    ["pein", "peine"], // peindre, peine
    ["bal", "bale"],
  ])("%s never reads %s", (typed, other) => {
    expect(lexemeVariants(typed)).not.toContain(other);
  });
});
