import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildServer } from "./server";

type Document = { paths: Record<string, Record<string, unknown>> };

/** Placeholder values for path parameters: a route that exists answers anything but "no such route". */
const placeholder = (name: string) => (name === "version" ? "1" : name === "kind" ? "commune" : "inconnu");

describe("the OpenAPI document", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let doc: Document;
  beforeAll(async () => {
    deps = await createTestDeps();
    app = await buildServer(deps);
    doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as Document;
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("documents only paths that answer", async () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const url = path.replace(/\{(\w+)\}/g, (_whole, name: string) => placeholder(name));
      for (const method of Object.keys(operations)) {
        const response = await app.inject({ method: method.toUpperCase() as "GET", url });
        if (response.statusCode === 404 && response.json().message === "Cette route d'API n'existe pas.") {
          missing.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("cites in its texts only routes it documents, such as GET /api/v1/themes", async () => {
    const cited = [...JSON.stringify(doc).matchAll(/(GET|POST|PUT|PATCH|DELETE) (\/api\/v1\/[\w/{}.-]*\w)/g)];
    expect(cited.length).toBeGreaterThan(0);
    const unknown = cited
      .map(([, method, path]) => [method!.toLowerCase(), path!] as const)
      .filter(([method, path]) => !doc.paths[path]?.[method])
      .map(([method, path]) => `${method.toUpperCase()} ${path}`);
    expect(unknown).toEqual([]);
    const themes = await app.inject({ method: "GET", url: "/api/v1/themes" });
    expect(themes.statusCode).toBe(200);
    expect(themes.json().themes.length).toBeGreaterThan(5);
  });
});
