import { describe, expect, it } from "vitest";
import { fr } from "./fr";
import { t } from "./t";

describe("French sentences with names in them", () => {
  it("elides de and que before a vowel, whatever the case", () => {
    expect(t("L'équipe de {fabrique} la lira.", { fabrique: "ADRESS" })).toBe("L'équipe d'ADRESS la lira.");
    expect(t("L'équipe de {fabrique} la lira.", { fabrique: "émergence Franche-Comté" })).toBe(
      "L'équipe d'émergence Franche-Comté la lira.",
    );
    expect(t("en tant que {role}.", { role: "administrateur" })).toBe("en tant qu'administrateur.");
    expect(t("J'accepte que {fabrique} enregistre", { fabrique: "ATIS" })).toBe(
      "J'accepte qu'ATIS enregistre",
    );
  });

  it("leaves consonants, h, y, numbers and other words alone", () => {
    expect(t("de {name}", { name: "Première Brique" })).toBe("de Première Brique");
    expect(t("de {name}", { name: "Haute-Saône" })).toBe("de Haute-Saône");
    expect(t("de {from} à {to}", { from: 8, to: 11 })).toBe("de 8 à 11");
    expect(t("Dites-le à {fabrique}.", { fabrique: "ADRESS" })).toBe("Dites-le à ADRESS.");
    expect(t("inde {x}", { x: "Arles" })).toBe("inde Arles");
  });

  it("does not say Fabrique twice when the name says it", () => {
    expect(t("rejoindre la Fabrique {fabrique}", { fabrique: "Fabrique à initiatives du Var" })).toBe(
      "rejoindre la Fabrique à initiatives du Var",
    );
    expect(t("rejoindre la Fabrique {fabrique}", { fabrique: "ATIS" })).toBe("rejoindre la Fabrique ATIS");
  });

  it("the catalogue strings that were seen wrong now read right", () => {
    const scope = t(fr.accounts.invitation.fabriqueScope, { fabrique: "Fabrique 3" });
    expect(t(fr.accounts.invitation.summary, { inviter: "Nadia", scope, role: "administrateur" })).toBe(
      "Nadia vous invite à rejoindre la Fabrique 3 en tant qu'administrateur.",
    );
    expect(t(fr.signals.public.receiptBody, { fabrique: "ADRESS" })).toContain("L'équipe d'ADRESS la lira");
  });

  it("keeps an unknown placeholder as written", () => {
    expect(t("de {missing}", {})).toBe("de {missing}");
  });
});
