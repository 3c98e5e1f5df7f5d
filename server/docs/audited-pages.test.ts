import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditedPages } from "../../shared/codes/audited-pages";

/**
 * The page routes the browser tests check with axe: every `visit(page, "…")` of
 * `tests/browser/*.test.ts` (visit runs axe on the page it opens), its variables resolved from the
 * same file where they are string constants, matched against the route patterns of `app/routes.ts`.
 */
function routePatterns(repoDir: string): string[] {
  const source = readFileSync(path.join(repoDir, "app/routes.ts"), "utf8");
  const patterns = [...source.matchAll(/route\("([^"]+)"/g)].map((m) => `/${m[1]}`);
  return ["/", ...patterns.filter((p) => p !== "/*")];
}

function constantsOf(source: string): Map<string, string> {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(/const (\w+) = (["`])([^"`\n]*)\2/g)) constants.set(m[1]!, m[3]!);
  return constants;
}

function resolve(template: string, constants: Map<string, string>, depth = 0): string {
  return template.replace(/\$\{([^}]+)\}/g, (_, expression: string) => {
    const name = expression.trim();
    const value = constants.get(name);
    return value !== undefined && depth < 4 ? resolve(value, constants, depth + 1) : "x";
  });
}

function visitedPaths(repoDir: string): string[] {
  const dir = path.join(repoDir, "tests/browser");
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".test.ts"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const constants = constantsOf(source);
    for (const m of source.matchAll(/visit\(\s*\w+,\s*(["`])([^"`]*)\1/g)) {
      out.push(resolve(m[2]!, constants).split("?")[0]!);
    }
  }
  return out;
}

/**
 * The route pattern a path is served by: static segments win over parameters, as in React Router.
 * A path that starts with an unresolved value (`${initiativeUrl}/etude`, a function's parameter) is
 * matched by its end, when exactly one pattern ends that way.
 */
function patternOf(pathname: string, patterns: string[]): string | null {
  if (pathname.startsWith("x/")) {
    const tail = new RegExp(`^/.+/${pathname.slice(2).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    // The unresolved start is a value (an initiative's address): the pattern has a parameter in it.
    const candidates = patterns.filter((p) => p.includes(":") && tail.test(p.replace(/:\w+/g, "p")));
    return candidates.length === 1 ? candidates[0]! : null;
  }
  const ranked = [...patterns].sort((a, b) => (a.match(/:/g)?.length ?? 0) - (b.match(/:/g)?.length ?? 0));
  for (const pattern of ranked) {
    const regex = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/:\w+/g, "[^/]+")}$`);
    if (regex.test(pathname)) return pattern;
  }
  return null;
}

function auditedPatterns(repoDir: string): string[] {
  const patterns = routePatterns(repoDir);
  const found = new Set<string>();
  for (const visited of visitedPaths(repoDir)) {
    const pattern = patternOf(visited, patterns);
    if (pattern) found.add(pattern);
  }
  return [...found].sort();
}

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
