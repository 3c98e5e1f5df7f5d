import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { apiRoutes } from "./api-routes";
import { buildServer } from "./server";

type Operation = {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};
type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
};

const httpMethods = new Set(["get", "post", "put", "patch", "delete"]);

/**
 * Every route Fastify really serves, read back from its route tree (`printRoutes`): a route
 * registered without `defineApiRoute` shows up here but not in the OpenAPI document.
 */
function servedRoutes(app: FastifyInstance): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    stack.length = (match[1] ?? "").length / 4;
    stack.push(match[2] ?? "");
    for (const method of match[3]?.split(", ") ?? []) {
      routes.push({ method: method.toLowerCase(), path: stack.join("") });
    }
  }
  return routes;
}

describe("the HTTP foundation", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  beforeAll(async () => {
    deps = await createTestDeps();
    app = await buildServer(deps);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("answers the health check with the database reachable", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("serves an OpenAPI 3 document whose operations are well formed", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/json");
    const doc = response.json() as OpenApiDocument;
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    for (const [path, operations] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\/api\/v1\//);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(httpMethods.has(method), where).toBe(true);
        expect(operation.summary, `${where} has a summary`).toBeTruthy();
        expect(operation.tags?.length, `${where} has a tag`).toBeGreaterThan(0);
        const pathParams = (operation.parameters ?? []).filter((p) => p.in === "path");
        expect(pathParams.map((p) => p.name).sort(), `${where} declares its path parameters`).toEqual(
          [...templated].sort(),
        );
        for (const parameter of pathParams) expect(parameter.required, where).toBe(true);
        const statuses = Object.keys(operation.responses ?? {});
        expect(
          statuses.some((s) => /^2\d\d$/.test(s)),
          `${where} documents its success`,
        ).toBe(true);
        for (const [status, described] of Object.entries(operation.responses ?? {})) {
          expect(status, where).toMatch(/^[1-5]\d\d$/);
          expect(described.description, `${where} ${status} has a description`).toBeTruthy();
        }
        if (operation.requestBody) {
          expect(operation.requestBody.content?.["application/json"]?.schema, where).toBeDefined();
        }
      }
    }
  });

  it("documents every v1 route it serves, and only those", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as OpenApiDocument;
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      )
      .sort();
    const served = servedRoutes(app)
      .filter((r) => r.path.startsWith("/api/v1/") && r.path !== "/api/v1/openapi.json")
      // Fastify adds HEAD to every GET by itself.
      .filter((r) => r.method !== "head")
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const declared = apiRoutes()
      .map((r) => `${r.method.toLowerCase()} ${r.path}`)
      .sort();
    expect(served).toEqual(declared);
    expect(documented).toEqual(declared);
  });

  it("answers an unknown API route with a 404 in JSON, in French", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await app.inject({ method, url: "/api/v1/cette-route-n-existe-pas" });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/json");
      expect(response.json()).toEqual({ error: "NOT_FOUND", message: "Cette route d'API n'existe pas." });
    }
  });

  it("answers a malformed JSON body with a 400 in French, never a 500", async () => {
    const targets = [
      { method: "POST" as const, url: "/api/v1/cette-route-n-existe-pas" },
      ...apiRoutes()
        .filter((r) => r.body && !r.path.includes(":"))
        .map((r) => ({ method: r.method, url: r.path })),
    ];
    for (const { method, url } of targets) {
      const response = await app.inject({
        method,
        url,
        headers: { "content-type": "application/json" },
        payload: '{"email": "sans fin',
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toEqual({
        error: "INVALID_INPUT",
        message: "Requête invalide : le corps n'est pas un JSON valide.",
      });
    }
  });
});
