import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock";
import { buildServer } from "../http/server";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

describe("the accounts API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let fabriqueId: string;

  // Each call from its own address, so the token endpoint's rate limit (tested below) stays out of the way.
  let client = 0;
  const remoteAddress = () => `192.0.2.${++client}`;

  async function issueToken(email: string, password: string, name?: string) {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/token",
      remoteAddress: remoteAddress(),
      payload: { email, password, ...(name ? { name } : {}) },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { token: string; expiresAt: string; id: string; name: string };
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    deps = await createTestDeps();
    app = await buildServer(deps);
    const fabrique = await createFabrique(deps.db, { slug: "adress", name: "ADRESS" });
    fabriqueId = fabrique.id;
    const marie = await createUser(deps.db, {
      email: "marie@exemple.test",
      name: "Marie Curie",
      password: "mot-de-passe-marie",
    });
    await addMembership(deps.db, { userId: marie.id, fabriqueId, role: "officer" });
    await createUser(deps.db, { email: "noe@exemple.test", name: "Noé", password: "mot-de-passe-noe" });
  });
  afterAll(async () => {
    await app.close();
    await deps.close();
  });

  it("issues a 90-day token for the right e-mail and password", async () => {
    const body = await issueToken("Marie@Exemple.test", "mot-de-passe-marie", "Tableur");
    expect(body.token).toMatch(/^essaim_/);
    expect(body.expiresAt).toBe("2027-02-25T09:00:00.000Z");
    expect(body.name).toBe("Tableur");
  });

  it("answers 401 with a French message for wrong credentials or an unknown e-mail", async () => {
    for (const payload of [
      { email: "marie@exemple.test", password: "pas-le-bon" },
      { email: "inconnu@exemple.test", password: "pas-le-bon" },
    ]) {
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/token",
        payload,
        remoteAddress: remoteAddress(),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: "INVALID_CREDENTIALS",
        message: "Adresse e-mail ou mot de passe incorrect.",
      });
    }
  });

  it("answers 400 with French messages per field for an invalid body", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/token",
      payload: { email: "pas-une-adresse" },
      remoteAddress: remoteAddress(),
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe("INVALID_INPUT");
    expect(body.fields.email).toMatch(/adresse e-mail valide/);
    expect(body.fields.password).toMatch(/mot de passe/i);
  });

  it("tells who holds the token on GET /api/v1/me", async () => {
    const { token } = await issueToken("marie@exemple.test", "mot-de-passe-marie");
    const response = await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      email: "marie@exemple.test",
      name: "Marie Curie",
      isNetworkAnimator: false,
      roles: ["officer"],
      fabriques: [{ id: fabriqueId, slug: "adress", name: "ADRESS", role: "officer", initiativeId: null }],
    });
  });

  it("answers 401 without a token or with a made-up one", async () => {
    const none = await app.inject({ method: "GET", url: "/api/v1/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toBe("UNAUTHENTICATED");
    const fake = await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer("essaim_faux") });
    expect(fake.statusCode).toBe(401);
  });

  it("lists one's own tokens without their secret, and revoking one makes it answer 401", async () => {
    const first = await issueToken("marie@exemple.test", "mot-de-passe-marie", "Script de suivi");
    const second = await issueToken("marie@exemple.test", "mot-de-passe-marie", "Tableur bis");
    await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(first.token) });

    const list = await app.inject({
      method: "GET",
      url: "/api/v1/auth/tokens",
      headers: bearer(second.token),
    });
    expect(list.statusCode).toBe(200);
    const tokens = list.json().tokens as Array<Record<string, unknown>>;
    const listed = tokens.find((t) => t.id === first.id);
    expect(listed).toMatchObject({
      name: "Script de suivi",
      prefix: first.token.slice(0, 13),
      createdAt: "2026-11-27T09:00:00.000Z",
      expiresAt: first.expiresAt,
      lastUsedAt: "2026-11-27T09:00:00.000Z",
      revokedAt: null,
    });
    expect(JSON.stringify(list.json())).not.toContain(first.token);

    const revoke = await app.inject({
      method: "DELETE",
      url: `/api/v1/auth/tokens/${first.id}`,
      headers: bearer(second.token),
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({ id: first.id, revokedAt: "2026-11-27T09:00:00.000Z" });

    const after = await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(first.token) });
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toMatch(/révoqué/);
    // The other token still works.
    expect(
      (await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(second.token) })).statusCode,
    ).toBe(200);
  });

  it("neither lists nor revokes someone else's token: 404", async () => {
    const marie = await issueToken("marie@exemple.test", "mot-de-passe-marie", "À Marie");
    const noe = await issueToken("noe@exemple.test", "mot-de-passe-noe", "À Noé");

    const list = await app.inject({ method: "GET", url: "/api/v1/auth/tokens", headers: bearer(noe.token) });
    const ids = (list.json().tokens as Array<{ id: string }>).map((t) => t.id);
    expect(ids).toContain(noe.id);
    expect(ids).not.toContain(marie.id);

    const revoke = await app.inject({
      method: "DELETE",
      url: `/api/v1/auth/tokens/${marie.id}`,
      headers: bearer(noe.token),
    });
    expect(revoke.statusCode).toBe(404);
    expect(revoke.json().error).toBe("NOT_FOUND");
    const notAnId = await app.inject({
      method: "DELETE",
      url: "/api/v1/auth/tokens/pas-un-identifiant",
      headers: bearer(noe.token),
    });
    expect(notAnId.statusCode).toBe(404);
    expect(
      (await app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(marie.token) })).statusCode,
    ).toBe(200);
  });

  it("refuses an expired token with 401", async () => {
    const { token } = await issueToken("noe@exemple.test", "mot-de-passe-noe");
    const later = await buildServer({ ...deps, clock: fixedClock("2027-02-26T09:00:00.000Z") });
    try {
      const response = await later.inject({ method: "GET", url: "/api/v1/me", headers: bearer(token) });
      expect(response.statusCode).toBe(401);
    } finally {
      await later.close();
    }
  });

  it("documents its routes in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const paths = response.json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/auth/token",
        "/api/v1/me",
        "/api/v1/auth/tokens",
        "/api/v1/auth/tokens/{id}",
      ]),
    );
    expect(
      paths["/api/v1/auth/tokens"].get.responses["200"].content["application/json"].schema,
    ).toMatchObject({
      properties: {
        tokens: { items: { properties: { expiresAt: { type: "string", format: "date-time" } } } },
      },
    });
  });
});

describe("the token endpoint's rate limit", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("answers 429 in French after 10 attempts in a minute", async () => {
    const app = await buildServer(deps);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const response = await app.inject({
          method: "POST",
          url: "/api/v1/auth/token",
          payload: { email: "devine@exemple.test", password: `essai-${i}` },
        });
        statuses.push(response.statusCode);
        if (i === 10) {
          expect(response.json()).toMatchObject({
            error: "RATE_LIMITED",
            message: expect.stringMatching(/Trop de/),
          });
        }
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await app.close();
    }
  });
});
