import type { FastifyInstance } from "fastify";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { CSRF_COOKIE } from "./cookies";
import { buildServer } from "./server";

describe("page requests carrying a NUL byte", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const csrf = "c".repeat(40);
  beforeAll(async () => {
    deps = await createTestDeps();
    // No page is rendered: the refusal happens before React Router is handed the request.
    app = await buildServer(deps, { build: {} as ServerBuild });
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("are refused with a French page, in the address or in a form's text field", async () => {
    const inQuery = await app.inject({ method: "GET", url: "/signaux?territoire=a%00b" });
    const inPath = await app.inject({ method: "GET", url: "/f/%00" });
    const inForm = await app.inject({
      method: "POST",
      url: "/signaux/nouveau",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${CSRF_COOKIE}=${csrf}` },
      payload: `_csrf=${csrf}&title=Une%20laverie%00&kind=need`,
    });
    for (const response of [inQuery, inPath, inForm]) {
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("octet nul");
    }
  });
});
