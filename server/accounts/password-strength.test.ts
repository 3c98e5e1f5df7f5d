import { describe, expect, it } from "vitest";
import { passwordWeakness, personalWords } from "./password-strength";

describe("how easy a chosen password is to guess", () => {
  const marie = personalWords({
    name: "Marie Curie",
    email: "marie.curie@exemple.fr",
    fabriques: ["ADRESS"],
  });

  it("refuses a repeated character, a keyboard row, a common password, with the reason in French", () => {
    expect(passwordWeakness("aaaaaaaaaa", [])).toMatch(
      /^Ce mot de passe est trop facile à deviner : il répète un même caractère/,
    );
    expect(passwordWeakness("azertyuiop", [])).toMatch(/rangée du clavier/);
    expect(passwordWeakness("1234567890", [])).toMatch(/trop facile à deviner/);
    expect(passwordWeakness("motdepasse123", [])).toMatch(/trop facile à deviner/);
    expect(passwordWeakness("aaaaaaaaaa", [])).toMatch(/Choisissez-en un plus long/);
  });

  it("refuses the person's own name, e-mail address or Fabrique, and the site's words", () => {
    expect(passwordWeakness("mariecurie1867", marie)).toMatch(
      /votre nom, votre adresse e-mail ou le nom de votre Fabrique/,
    );
    expect(passwordWeakness("adressfabrique", marie)).toMatch(/trop facile à deviner/);
    expect(passwordWeakness("essaimfabrique", [])).toMatch(/trop facile à deviner/);
  });

  it("accepts a few unrelated words, or a long random string", () => {
    expect(passwordWeakness("cheval pile agrafe correct", marie)).toBeNull();
    expect(passwordWeakness("nouveau-mot-de-passe", marie)).toBeNull();
    expect(passwordWeakness("q7#Lm2!vZx9p", marie)).toBeNull();
  });

  it("takes the parts of a name and an address as words of their own", () => {
    expect(personalWords({ name: "Marie Curie", email: "marie.curie@exemple.fr" })).toEqual(
      expect.arrayContaining([
        "Marie Curie",
        "marie.curie@exemple.fr",
        "marie",
        "curie",
        "exemple",
        "mariecurie",
      ]),
    );
  });
});
