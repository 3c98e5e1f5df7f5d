import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

const answer = {
  fabrique: "capi-a",
  kind: "need",
  title: "Une épicerie solidaire près de la gare",
  description: "Aucune épicerie à petits prix à moins de trois kilomètres pour les familles du quartier.",
  territory: { kind: "commune", code: "76540" },
  themes: ["bien-vieillir"],
  submitter: { name: "Paul Durand", email: "paul@exemple.fr", type: "resident" },
  consent: true,
};

describe("the campaigns API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "officerB", string>;
  let client = 0;
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const submit = (payload: object) =>
    app.inject({
      method: "POST",
      url: "/api/v1/public/signals",
      payload,
      remoteAddress: `198.51.100.${++client}`,
    });
  let campaignId = "";

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "capi-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "capi-b", name: "Fabrique B" });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await createBearerToken(deps.db, officerA.id);
    tokens.officerB = await createBearerToken(deps.db, officerB.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("a team opens a campaign and finds it in its list", async () => {
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/campaigns",
      headers: as("officerA"),
      payload: {
        title: "Ce qui manque à Rouen",
        question: "Qu'est-ce qui manque dans votre commune ?",
        opensOn: "2026-11-01",
        closesOn: "15/12/2026",
        slug: "rouen-2026",
      },
    });
    expect(created.statusCode).toBe(201);
    campaignId = created.json().id;
    expect(created.json().slug).toBe("rouen-2026");

    const listed = await app.inject({ method: "GET", url: "/api/v1/campaigns", headers: as("officerA") });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().campaigns).toEqual([
      expect.objectContaining({
        id: campaignId,
        state: "open",
        closesOn: "2026-12-15",
        signalCount: 0,
        territory: null,
        fabrique: { slug: "capi-a", name: "Fabrique A" },
      }),
    ]);
  });

  it("bad input answers 400 with French field messages", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/campaigns",
      headers: as("officerA"),
      payload: { title: "Ok campagne", question: "Qu'est-ce qui manque ?", opensOn: "demain", closesOn: "" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({
      opensOn: "Indiquez une date au format JJ/MM/AAAA.",
      closesOn: "Indiquez une date au format JJ/MM/AAAA.",
    });
  });

  it("a public signal naming the campaign is grouped under it", async () => {
    const sent = await submit({ ...answer, campaign: "rouen-2026" });
    expect(sent.statusCode).toBe(201);
    const detail = await app.inject({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}`,
      headers: as("officerA"),
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().signalCount).toBe(1);
    expect(detail.json().signals.map((s: { id: string }) => s.id)).toEqual([sent.json().id]);
    const signal = await app.inject({
      method: "GET",
      url: `/api/v1/signals/${sent.json().id}`,
      headers: as("officerA"),
    });
    expect(signal.json()).toMatchObject({ campaignId, channel: "public_form" });
    const filtered = await app.inject({
      method: "GET",
      url: `/api/v1/signals?campaign=${campaignId}`,
      headers: as("officerA"),
    });
    expect(filtered.json().total).toBe(1);
  });

  it("after the closing day a public signal naming the campaign is refused", async () => {
    const closed = await app.inject({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}`,
      headers: as("officerA"),
      payload: { opensOn: "2026-11-01", closesOn: "2026-11-20" },
    });
    expect(closed.statusCode).toBe(200);
    const refused = await submit({ ...answer, campaign: "rouen-2026" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/^Cette campagne s'est terminée le 20 nov\. 2026/);
    expect(refused.json().fields.campaign).toBe(refused.json().message);
  });

  it("another Fabrique's token gets 404 on the campaign, reading or writing", async () => {
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}`,
      headers: as("officerB"),
    });
    expect(read.statusCode).toBe(404);
    const write = await app.inject({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}`,
      headers: as("officerB"),
      payload: { title: "Détournée" },
    });
    expect(write.statusCode).toBe(404);
    const listed = await app.inject({ method: "GET", url: "/api/v1/campaigns", headers: as("officerB") });
    expect(listed.json().campaigns).toEqual([]);
  });

  it("the OpenAPI document describes the campaigns routes and the public signal's campaign", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths;
    expect(Object.keys(paths["/api/v1/campaigns"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/campaigns/{id}"] ?? {}).sort()).toEqual(["get", "patch"]);
    expect(JSON.stringify(paths["/api/v1/public/signals"].post)).toContain("appel à révélation");
  });

  it("without a token the campaigns API answers 401", async () => {
    expect((await app.inject({ method: "GET", url: "/api/v1/campaigns" })).statusCode).toBe(401);
  });
});
