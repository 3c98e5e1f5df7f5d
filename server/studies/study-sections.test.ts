import { describe, expect, it } from "vitest";
import { isEmptyStudy, normaliseSections, studySectionCodes } from "./study-sections";

describe("study sections", () => {
  it("keep the twelve sections of the template in order and drop unknown keys", () => {
    const sections = normaliseSections({ risks: "  Peu de bénévoles \r\n", intruder: "x", needs: 3 });
    expect(Object.keys(sections)).toEqual([...studySectionCodes]);
    expect(sections.risks).toBe("Peu de bénévoles");
    expect(sections.needs).toBe("");
    expect("intruder" in sections).toBe(false);
  });

  it("a study with only blank sections is empty", () => {
    expect(isEmptyStudy(normaliseSections({ context: "   " }))).toBe(true);
    expect(isEmptyStudy(normaliseSections({ context: "Saisine de la ville" }))).toBe(false);
  });
});
