import { count } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../accounts/create-session";
import { signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { CSRF_COOKIE, SESSION_COOKIE } from "./cookies";
import { buildServer } from "./server";
import { sessionCookie } from "./session-cookie";

/*
 * Issue 14's probe: a form on another site, posted with the victim's cookies, changes nothing.
 * Pages take a double-submit token (cookie and form field, which the other site cannot read); the
 * API takes only `Authorization: Bearer`, which a form cannot send; cookies are SameSite=Lax.
 */
describe("a cross-site form post with a signed-in officer's cookies", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let session: string;
  const csrf = "k".repeat(40);
  const signals = async () => (await deps.db.select({ n: count() }).from(signal))[0]!.n;
  const form = "title=Une%20laverie%20solidaire&kind=need&description=Depuis%20un%20autre%20site";

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "csrf-a" });
    const officer = await createUser(deps.db);
    await addMembership(deps.db, { userId: officer.id, fabriqueId: fabrique.id, role: "officer" });
    const created = await createSession(deps, officer.id);
    if (!created.ok) throw new Error("no session");
    session = created.value.token;
    // The refusal happens before React Router is handed the request: no page build is needed.
    app = await buildServer(deps, { build: {} as ServerBuild });
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("is refused on a page without the form's token, or with a token that is not the cookie's", async () => {
    const before = await signals();
    for (const [cookie, payload] of [
      [`${SESSION_COOKIE}=${session}`, form],
      [`${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`, form],
      [`${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`, `${form}&_csrf=${"x".repeat(40)}`],
    ] as const) {
      const response = await app.inject({
        method: "POST",
        url: "/signaux/nouveau",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "https://evil.example",
          cookie,
        },
        payload,
      });
      expect(response.statusCode, payload).toBe(403);
      expect(response.headers["content-type"]).toContain("text/html");
    }
    expect(await signals()).toBe(before);
  });

  it("is refused by the API, which does not read the session cookie", async () => {
    const before = await signals();
    for (const type of ["application/x-www-form-urlencoded", "text/plain"]) {
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/signals",
        headers: {
          "content-type": type,
          origin: "https://evil.example",
          cookie: `${SESSION_COOKIE}=${session}`,
        },
        payload: form,
      });
      expect(response.statusCode, type).toBe(401);
    }
    expect(await signals()).toBe(before);
  });

  it("the session cookie is HttpOnly and SameSite=Lax, so other sites' posts do not carry it", () => {
    const now = new Date("2026-11-27T09:00:00Z");
    const header = sessionCookie(
      { publicUrl: "https://essaim.example" },
      "t",
      new Date(now.getTime() + 1000),
      now,
    );
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
  });
});
