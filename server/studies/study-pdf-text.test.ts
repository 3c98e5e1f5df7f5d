import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./study-pdf-text";

describe("text printed in the study PDF", () => {
  it("keeps French accents, the euro sign and typographic quotes", () => {
    expect(toWinAnsi("Étude d’opportunité « ça » — 12 €")).toBe("Étude d’opportunité « ça » — 12 €");
  });

  it("turns Intl's narrow no-break spaces into spaces and unknown signs into a question mark", () => {
    expect(toWinAnsi("12\u202f345,67\u00a0€ → 🐝")).toBe("12 345,67 € -> ?");
  });
});
