import { describe, expect, it } from "vitest";
import { prefixCandidates } from "./reference-prefix";

describe("reference prefixes", () => {
  it("start with the three letters every Fabrique had, so existing references keep their form", () => {
    expect(prefixCandidates("adress")[0]).toBe("ADR");
    expect(prefixCandidates("premiere-brique")[0]).toBe("PRE");
  });

  it("offer two Fabriques whose slugs start alike different prefixes after the first", () => {
    const brique = prefixCandidates("premiere-brique");
    const pierre = prefixCandidates("premiere-pierre");
    expect(brique[1]).toBe("PBR");
    expect(pierre[1]).toBe("PPR");
    for (const list of [brique, pierre]) {
      expect(new Set(list).size).toBe(list.length);
      for (const prefix of list) expect(prefix).toMatch(/^[A-Z0-9]{3,5}$/);
    }
  });
});
