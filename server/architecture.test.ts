import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The dependency rule of the server (decision record 0050), read from the import lines of every
 * non-test `.ts` file under `server/`: no database, no build. A module is a top-level directory of
 * `server/` (a domain: `signals`, `territories`…) or a top-level file (`bootstrap`, `main`…).
 */

/**
 * Bottom to top: a module imports its own layer or the ones below, never one above. In an ordered
 * layer a module imports only the modules listed before it in that layer (a new dependency
 * between two business domains goes from the later to the earlier, or the list is reordered).
 */
const layers: { name: string; ordered: boolean; modules: string[] }[] = [
  { name: "foundation", ordered: true, modules: ["db", "core"] },
  { name: "reference", ordered: false, modules: ["territories", "search", "mail"] },
  {
    name: "business",
    ordered: true,
    modules: [
      "accounts",
      "network",
      "notifications",
      "webhooks",
      "saved-views",
      "catalogue",
      "offer",
      "intake",
      "campaigns",
      "signals",
      "initiatives",
      "meetings",
      "tasks",
      "conversations",
      "documents",
      "studies",
      "forecasts",
      "organisations",
      "carriers",
      "calls",
      "maps",
      "reports",
      "open-data",
      "reminders",
      "privacy",
    ],
  },
  {
    name: "entry",
    ordered: false,
    modules: ["http", "seed", "cli", "bootstrap", "main", "page-build", "jobs"],
  },
];

/** Packages of the HTTP layer: only entry modules (http, start-up) import them. */
const httpPackages = /^(react-router|@react-router\/|fastify$|fastify\/|@fastify\/)/;

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(serverDir);

const isTest = (rel: string) => /\.test\.tsx?$/.test(rel);
/** Helpers only tests use: `server/testing/`, and a domain's `*fixtures.ts`. */
const isTestSupport = (rel: string) => rel.startsWith("testing/") || /fixtures\.ts$/.test(rel);

/** The module a file belongs to; a domain's `api.ts` is its HTTP adapter, part of the http layer. */
function moduleOf(rel: string): string {
  const parts = rel.split("/");
  if (parts.length === 1) return parts[0]!.replace(/\.tsx?$/, "");
  if (parts.length === 2 && parts[1] === "api.ts") return "http";
  return parts[0]!;
}

function layerOf(module: string): number {
  return layers.findIndex((layer) => layer.modules.includes(module));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "migrations" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

type Import = { from: string; specifier: string; target: string | null };

/** Every import of a file: `target` is the file under the repository, or null for a package. */
function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const from = path.relative(serverDir, file);
  return info.importedFiles.map(({ fileName: specifier }) => {
    if (specifier.startsWith("~/")) return { from, specifier, target: path.join(repoDir, "app", specifier) };
    if (!specifier.startsWith(".")) return { from, specifier, target: null };
    return { from, specifier, target: resolveRelative(file, specifier) };
  });
}

const files = sourceFiles(serverDir).map((f) => path.relative(serverDir, f));
const productionFiles = files.filter((rel) => !isTest(rel) && !isTestSupport(rel));
const imports = files.flatMap((rel) => importsOf(path.join(serverDir, rel)));
const inServer = (target: string) => target.startsWith(serverDir + path.sep);
/** Imports from production code to production code under `server/`, as paths relative to it. */
const edges = imports
  .filter((i) => productionFiles.includes(i.from) && i.target !== null && inServer(i.target))
  .map((i) => ({ from: i.from, to: path.relative(serverDir, i.target!) }))
  .filter((e) => productionFiles.includes(e.to));

/** Tarjan's strongly connected components with more than one node: the cycles of a graph. */
function cycles(nodes: string[], next: (node: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const succ of next(node)) {
      if (!index.has(succ)) {
        visit(succ);
        low.set(node, Math.min(low.get(node)!, low.get(succ)!));
      } else if (onStack.has(succ)) low.set(node, Math.min(low.get(node)!, index.get(succ)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Every pair of nodes of a component that import each other, then for each node the shortest cycle through it. */
function shortestCycles(component: string[], next: (node: string) => string[]): string[][] {
  const found: string[][] = component.flatMap((a) =>
    next(a)
      .filter((b) => component.includes(b) && a < b && next(b).includes(a))
      .map((b) => [a, b]),
  );
  const seen = new Set(found.map((cycle) => [...cycle].sort().join(",")));
  for (const start of component) {
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length && !previous.has(start)) {
      const node = queue.shift()!;
      for (const succ of next(node).filter((n) => component.includes(n))) {
        if (previous.has(succ)) continue;
        previous.set(succ, node);
        queue.push(succ);
      }
    }
    const cycle = [start];
    for (let node = previous.get(start)!; node !== start; node = previous.get(node)!) cycle.unshift(node);
    const key = [...cycle].sort().join(",");
    if (!seen.has(key)) {
      seen.add(key);
      found.push(cycle);
    }
  }
  return found;
}

describe("the server's modules form a layered graph without cycles (decision record 0050)", () => {
  it("puts every module of server/ in one layer", () => {
    const modules = [...new Set(productionFiles.map(moduleOf))].sort();
    expect(modules.filter((m) => layerOf(m) < 0)).toEqual([]);
  });

  it("has no cycle between modules", () => {
    const crossing = edges.filter((e) => moduleOf(e.from) !== moduleOf(e.to));
    const modules = [...new Set(productionFiles.map(moduleOf))];
    const next = (m: string) => [
      ...new Set(crossing.filter((e) => moduleOf(e.from) === m).map((e) => moduleOf(e.to))),
    ];
    const example = (a: string, b: string) => {
      const e = crossing.find((x) => moduleOf(x.from) === a && moduleOf(x.to) === b)!;
      return `${e.from} → ${e.to}`;
    };
    const report = cycles(modules, next).map((component) => ({
      modules: component.join(", "),
      cycles: shortestCycles(component, next).map((cycle) => {
        const steps = cycle.map((m, i) => example(m, cycle[(i + 1) % cycle.length]!));
        return `${[...cycle, cycle[0]].join(" → ")}: ${steps.join("; ")}`;
      }),
    }));
    expect(report).toEqual([]);
  });

  it("has no cycle between files", () => {
    const next = (file: string) => edges.filter((e) => e.from === file).map((e) => e.to);
    expect(cycles(productionFiles, next).map((c) => c.join(" ↔ "))).toEqual([]);
  });

  it("never imports a module of a higher layer, nor a later one of an ordered layer", () => {
    const upward = (from: string, to: string) => {
      const [lf, lt] = [layerOf(from), layerOf(to)];
      if (lf !== lt) return lt > lf;
      const layer = layers[lf]!;
      return layer.ordered && layer.modules.indexOf(to) > layer.modules.indexOf(from);
    };
    const wrong = edges
      .filter((e) => upward(moduleOf(e.from), moduleOf(e.to)))
      .map((e) => {
        const [from, to] = [e.from, e.to].map((f) => layers[layerOf(moduleOf(f))]?.name);
        return `${e.from} (${from}) → ${e.to} (${to})`;
      });
    expect(wrong.sort()).toEqual([]);
  });

  it("imports react-router and fastify only in the entry layer (http, start-up)", () => {
    const entry = layers.findIndex((l) => l.name === "entry");
    const misplaced = imports
      .filter((i) => productionFiles.includes(i.from) && i.target === null && httpPackages.test(i.specifier))
      .filter((i) => layerOf(moduleOf(i.from)) !== entry)
      .map((i) => `${i.from} → ${i.specifier}`);
    expect(misplaced.sort()).toEqual([]);
  });

  it("never imports app/, and production code never imports test helpers", () => {
    const wrong = imports
      .filter((i) => !isTest(i.from) && i.target !== null)
      .filter((i) => {
        const rel = path.relative(serverDir, i.target!);
        if (!inServer(i.target!)) return path.relative(repoDir, i.target!).startsWith(`app${path.sep}`);
        return !isTestSupport(i.from) && (isTest(rel) || isTestSupport(rel));
      })
      .map((i) => `${i.from} → ${i.specifier}`);
    expect(wrong.sort()).toEqual([]);
  });
});
