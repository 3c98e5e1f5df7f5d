import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditedPages } from "../../shared/codes/audited-pages";
import { auditedPatterns, patternOf, routePatterns } from "./audited-pages-scan";

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("the accessibility statement's list of audited pages", () => {
  it("names exactly the pages the browser tests check with axe", () => {
    expect(auditedPages.map((p) => p.pattern).sort()).toEqual(auditedPatterns(repoDir));
  });

  it("finds the route a visited path is served by, static segments first", () => {
    const patterns = routePatterns(repoDir);
    expect(patternOf("/signaux/nouveau", patterns)).toBe("/signaux/nouveau");
    expect(patternOf("/signaux/42", patterns)).toBe("/signaux/:id");
    expect(patternOf("x/etude", patterns)).toBe("/projets/:id/etude");
    expect(patternOf("/nulle-part/a/b", patterns)).toBeNull();
  });
});
