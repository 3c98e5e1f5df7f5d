import { describe, expect, it } from "vitest";
import { matchedWords, signalStems } from "./offer-text-match";

describe("which words of a signal a service without thématiques shares", () => {
  const byStem = signalStems(
    ["Les", "jeunes", "réparent", "leurs", "vélos", "à", "la", "Maison"],
    ["jeun", "jeun", "repar", null, "velos", null, null, "maison"],
  );

  it("looks for the typed words' stems and their other inflections, never for stop words", () => {
    expect([...byStem.keys()]).toEqual(expect.arrayContaining(["jeun", "repar", "velos", "velo", "maison"]));
    expect([...byStem.values()]).not.toContain("les");
    expect(byStem.get("velo")).toBe("vélos");
  });

  it("cites each shared word once, in the order typed, and nothing below two shared words", () => {
    expect(matchedWords(byStem, ["velo", "velos", "repar"])).toEqual(["réparent", "vélos"]);
    expect(matchedWords(byStem, ["velo", "velos"])).toEqual([]);
    expect(matchedWords(byStem, ["maison"])).toEqual([]);
  });
});
