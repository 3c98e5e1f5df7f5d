import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiative } from "../db/schema";
import { buildServer } from "../http/server";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createPipelineWorld, createTestInitiative, insertVertuose } from "./pipeline-fixtures";

describe("carrier, handover and outcome through the API", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let published: { id: string };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    published = await insertVertuose(deps.db);
  });
  afterAll(async () => deps.close());

  it("a team works the carrier page with its token; another Fabrique's token gets 404", async () => {
    const app = await buildServer(deps);
    const row = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "carrier_search",
    });
    const moveTo = (stage: "handover" | "launch" | "follow_up") =>
      deps.db.update(initiative).set({ stage }).where(eq(initiative.id, row.id));
    const auth = { authorization: `Bearer ${await world.token(world.officer.userId)}` };
    const other = { authorization: `Bearer ${await world.token(world.otherOfficer.userId)}` };
    const base = `/api/v1/initiatives/${row.id}`;

    const created = await app.inject({
      method: "POST",
      url: `${base}/carriers`,
      headers: auth,
      payload: { kind: "existing_structure", name: "Adapei du Doubs" },
    });
    expect(created.statusCode).toBe(201);
    const carrierId = created.json().id;
    const chosen = await app.inject({
      method: "POST",
      url: `${base}/carriers/${carrierId}/choose`,
      headers: auth,
    });
    expect(chosen.json()).toEqual({ id: carrierId, status: "chosen", lead: true });
    await moveTo("handover");
    const handed = await app.inject({
      method: "PUT",
      url: `${base}/handover`,
      headers: auth,
      payload: { transferred: ["model", "brand"], conditions: "", handedOverOn: "2026-05-01" },
    });
    expect(handed.statusCode).toBe(200);
    await moveTo("launch");
    const launched = await app.inject({
      method: "PUT",
      url: `${base}/outcome`,
      headers: auth,
      payload: {
        kind: "replication",
        modelId: published.id,
        activityName: "VERT'uOSE",
        openedOn: "2026-06-01",
        jobs: 1.5,
      },
    });
    expect(launched.statusCode).toBe(200);
    await moveTo("follow_up");
    const followed = await app.inject({
      method: "POST",
      url: `${base}/follow-ups`,
      headers: auth,
      payload: { milestoneMonths: 12, measuredOn: "2027-06-01", jobs: "4", beneficiaries: 20 },
    });
    expect(followed.statusCode).toBe(201);
    const got = await app.inject({ method: "GET", url: `${base}/carriers`, headers: auth });
    expect(got.json()).toMatchObject({
      carriers: [{ name: "Adapei du Doubs", status: "chosen", lead: true }],
      handover: { transferred: ["model", "brand"] },
      outcome: { kind: "replication", jobsFteHundredths: 150, modelTitle: "VERT'uOSE" },
      followUps: [{ milestoneMonths: 12, jobsFteHundredths: 400 }],
    });

    const lineage = await app.inject({ method: "GET", url: `/api/v1/models/${published.id}/lineage` });
    expect(lineage.statusCode).toBe(200);
    expect(lineage.json().launched.map((l: { openedOn: string }) => l.openedOn)).toContain("2026-06-01");

    for (const [method, url] of [
      ["GET", `${base}/carriers`],
      ["POST", `${base}/carriers`],
      ["POST", `${base}/carriers/${carrierId}/choose`],
      ["PUT", `${base}/handover`],
      ["PUT", `${base}/outcome`],
      ["POST", `${base}/follow-ups`],
    ] as const) {
      const payloads: Record<string, unknown> = {
        [`${base}/carriers`]: { kind: "individual", name: "Intrus" },
        [`${base}/handover`]: { transferred: [], handedOverOn: "2026-05-01" },
        [`${base}/outcome`]: { kind: "new_activity", activityName: "Intrus", openedOn: "2026-06-01" },
        [`${base}/follow-ups`]: { milestoneMonths: 6, measuredOn: "2027-01-01" },
      };
      const response = await app.inject({
        method,
        url,
        headers: other,
        payload: method === "GET" ? undefined : (payloads[url] as object | undefined),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    await app.close();
  });
});
