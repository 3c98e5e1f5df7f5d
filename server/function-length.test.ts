import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No function longer than 80 lines outside data files (issue 15): a long unit hides its steps.
 * Counted from the line of the function's first character to its last, so a component's JSX and a
 * function's nested helpers count with it. Test files and data files (messages, reference data,
 * seeds, migrations) are not code to read step by step and are left out.
 */
const MAX_LINES = 80;
const root = join(import.meta.dirname, "..");
const scanned = ["app", "server", "shared", "scripts"];
const dataFile = [
  /\.test\.tsx?$/,
  /^shared\/i18n\//,
  /^server\/db\/migrations\//,
  /^server\/[^/]+\/(seed|reference)\//,
  /^app\/routes\/\+types\//,
];

/**
 * The functions still over the limit, with their length when this list was written. The list only
 * shrinks: a function leaves it when it is split, and a new long function fails the test.
 */
const stillTooLong: Record<string, number> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.FunctionDeclaration | ts.MethodDeclaration;
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `${parent.expression.getText(source).slice(0, 40)}(…)`;
  return "(anonymous)";
}

/** `file:name` → lines, for every function of the file longer than the limit. */
function longFunctions(path: string): Record<string, number> {
  const source = ts.createSourceFile(
    path,
    readFileSync(join(root, path), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: Record<string, number> = {};
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) found[`${path}:${functionName(node, source)}`] = lines;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the length of functions", () => {
  const files = scanned.flatMap(sourceFiles).map((path) => relative(root, join(root, path)));
  const long = Object.assign(
    {},
    ...files.filter((f) => !dataFile.some((re) => re.test(f))).map(longFunctions),
  );

  it(`no function outside data files runs over ${MAX_LINES} lines, except those still listed`, () => {
    const newlyLong = Object.keys(long).filter((key) => !(key in stillTooLong));
    expect(newlyLong.map((key) => `${key} (${long[key]} lines)`)).toEqual([]);
  });

  it("a listed function does not grow, and leaves the list once split", () => {
    const grown = Object.entries(stillTooLong).filter(([key, lines]) => (long[key] ?? 0) > lines);
    const split = Object.keys(stillTooLong).filter((key) => !(key in long));
    expect({ grown, split }).toEqual({ grown: [], split: [] });
  });
});
