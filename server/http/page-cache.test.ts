import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../accounts/create-session";
import { changeModelStatus } from "../catalogue/change-model-status";
import { insertZephyrinDraft, visitorCacheWorld } from "../catalogue/visitor-cache-fixtures";
import type { Actor } from "../core/actor";
import { buildDir, ensureBuild } from "../page-build";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { CSRF_COOKIE, SESSION_COOKIE } from "./cookies";
import { buildServer } from "./server";

/*
 * Whole catalogue pages kept for visitors (decision record 0075), rendered by the real page build:
 * a kept page never carries a signed-in person's view or a draft, never reaches a signed-in person,
 * is stale as soon as the catalogue changes, and carries each response's own nonce and CSRF token.
 */
describe("the catalogue page kept for visitors", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let officerCookie: string;
  let animator: Actor;
  let fabriqueId: string;

  const visit = async (url: string, cookie?: string) => {
    const response = await app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
    expect(response.statusCode, url).toBe(200);
    return response;
  };
  const cookieOf = async (userId: string) =>
    `${SESSION_COOKIE}=${successValue(await createSession(deps, userId)).token}`;

  beforeAll(async () => {
    ensureBuild({ info: () => {} }, { stdio: "pipe" });
    const build = (await import(
      pathToFileURL(path.join(buildDir, "server", "index.js")).href
    )) as ServerBuild;
    deps = await createTestDeps();
    const world = await visitorCacheWorld(deps.db);
    fabriqueId = world.fabriqueId;
    animator = world.animator;
    officerCookie = await cookieOf(world.officer.userId);
    app = await buildServer(deps, { build });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("never shows a draft created after the page was kept, not even once its team saw it", async () => {
    const url = "/catalogue?q=ressourcerie";
    expect((await visit(url)).headers["x-essaim-page-cache"]).toBe("miss");
    expect((await visit(url)).headers["x-essaim-page-cache"]).toBe("hit");
    await insertZephyrinDraft(deps.db, fabriqueId);
    const team = await visit(url, officerCookie);
    expect(team.body).toContain("Ressourcerie des ateliers Zéphyrin");
    expect(team.headers["x-essaim-page-cache"]).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const visitor = await visit(url);
      expect(visitor.body).toContain("Ressourcerie solidaire");
      expect(visitor.body).not.toContain("Zéphyrin");
      expect(visitor.body).not.toContain("Odile");
    }
  });

  it("never hands the visitors' page to someone signed in", async () => {
    const url = "/catalogue?q=objets";
    await visit(url);
    expect((await visit(url)).headers["x-essaim-page-cache"]).toBe("hit");
    const team = await visit(url, officerCookie);
    expect(team.headers["x-essaim-page-cache"]).toBeUndefined();
    expect(team.body).toContain("Odile Officière");
  });

  it("shows a model to visitors as soon as its publication is committed", async () => {
    const url = "/catalogue?q=Zephyrin";
    await visit(url);
    expect((await visit(url)).body).not.toContain("Ressourcerie des ateliers Zéphyrin");
    const [draft] = (
      await deps.db.execute<{ id: string }>(sql`select id from model where title like '%Zéphyrin'`)
    ).rows;
    successValue(
      await changeModelStatus(deps, animator, draft!.id, { to: "published", reason: "Relu par le réseau." }),
    );
    const after = await visit(url);
    expect(after.headers["x-essaim-page-cache"]).toBe("miss");
    expect(after.body).toContain("Ressourcerie des ateliers Zéphyrin");
  });

  it("sees a change written by another process straight into the database", async () => {
    const url = "/catalogue?q=insertion";
    expect((await visit(url)).body).toContain("Ressourcerie solidaire");
    await deps.db.execute(
      sql`update model set title = 'Recyclerie solidaire' where title = 'Ressourcerie solidaire'`,
    );
    const after = await visit(url);
    expect(after.body).toContain("Recyclerie solidaire");
    expect(after.body).not.toContain("Ressourcerie solidaire");
  });

  it("carries each visitor's own nonce and CSRF token, never the first visitor's", async () => {
    const url = "/catalogue?q=revendre";
    const first = await visit(url, `${CSRF_COOKIE}=${"a".repeat(40)}`);
    const second = await visit(url, `${CSRF_COOKIE}=${"b".repeat(40)}`);
    expect(second.headers["x-essaim-page-cache"]).toBe("hit");
    for (const [response, token] of [
      [first, "a".repeat(40)],
      [second, "b".repeat(40)],
    ] as const) {
      const nonce = /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))?.[1];
      expect(nonce).toBeTruthy();
      const nonces = [...response.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(nonces.length).toBeGreaterThan(0);
      expect(new Set(nonces)).toEqual(new Set([nonce]));
      expect(response.body).toContain(token);
      expect(response.body).not.toMatch(/nonce[0-9a-f]{24}|csrf[0-9a-f]{36}/);
    }
    // A visitor without a CSRF cookie gets a new one, and the same token in the page.
    const fresh = await visit(url);
    const cookie = /essaim_csrf=([^;]+)/.exec(String(fresh.headers["set-cookie"]))?.[1];
    expect(cookie).toBeTruthy();
    expect(fresh.body).toContain(cookie);
  });
});
