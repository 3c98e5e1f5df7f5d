import { describe, expect, it } from "vitest";
import { isStopWord } from "./stop-words";

describe("words that say nothing of a need", () => {
  it.each(["les", "Les", "à", "a", "Beaucoup", "entre", "été", "aux", "qu", "l", "d"])(
    "drops « %s »",
    (word) => {
      expect(isStopWord(word)).toBe(true);
    },
  );

  it.each(["bien", "moins", "seniors", "vélo", "vois", "entraide", "chaussée", "handicapées"])(
    "keeps « %s »",
    (word) => {
      expect(isStopWord(word)).toBe(false);
    },
  );
});
