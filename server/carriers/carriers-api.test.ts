import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock";
import { carrierCandidate, initiative, studyVersion } from "../db/schema";
import { buildServer } from "../http/server";
import { listLaunchedActivities } from "../initiatives/launched-activities";
import { getModelLineage } from "../initiatives/model-lineage";
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

  it("on a replication still at « Repérage des besoins », every later step is refused and nothing is shown as open", async () => {
    const app = await buildServer(deps);
    const row = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "detection",
      entryPoint: "replication",
      modelId: published.id,
      territoryCode: "25462",
      title: "VERT'uOSE à Pontarlier",
    });
    const auth = { authorization: `Bearer ${await world.token(world.officer.userId)}` };
    const base = `/api/v1/initiatives/${row.id}`;
    const [candidate] = await deps.db
      .insert(carrierCandidate)
      .values({ initiativeId: row.id, kind: "existing_structure", name: "Solivers" })
      .returning();
    await deps.db.insert(studyVersion).values({
      initiativeId: row.id,
      version: 1,
      sections: { needs: "Des emplois pour des travailleurs handicapés" },
      status: "draft",
    });
    const attempts = [
      ["PUT", `${base}/study`, { baseVersion: 1, sections: { needs: "Des emplois" } }],
      ["POST", `${base}/study/versions/1/final`, undefined],
      ["POST", `${base}/carriers`, { kind: "existing_structure", name: "Adapei du Doubs" }],
      ["POST", `${base}/carriers/${candidate!.id}/choose`, undefined],
      ["PUT", `${base}/handover`, { transferred: ["model"], handedOverOn: "2026-05-01" }],
      [
        "PUT",
        `${base}/outcome`,
        {
          kind: "replication",
          modelId: published.id,
          activityName: "VERT'uOSE en repérage",
          openedOn: "2026-06-01",
        },
      ],
      ["POST", `${base}/follow-ups`, { milestoneMonths: 6, measuredOn: "2027-01-01" }],
    ] as const;
    for (const [method, url, payload] of attempts) {
      const response = await app.inject({ method, url, headers: auth, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      const body = response.json();
      expect(body, `${method} ${url}`).toMatchObject({
        error: "WRITE_REFUSED",
        message: expect.stringContaining("ce projet est à l'étape « Repérage des besoins »"),
        blockedBy: [expect.stringContaining("On peut ")],
        guards: ["stageAllows"],
      });
    }
    const [stored] = await deps.db.select().from(initiative).where(eq(initiative.id, row.id));
    expect(stored?.stage).toBe("detection");

    const lineage = await app.inject({ method: "GET", url: `/api/v1/models/${published.id}/lineage` });
    const names = [...lineage.json().launched, ...lineage.json().planned].map(
      (l: { activityName: string }) => l.activityName,
    );
    expect(names).not.toContain("VERT'uOSE en repérage");
    const activities = await listLaunchedActivities(deps, { kind: "commune", code: "25462" });
    expect(activities.map((a) => a.initiativeId)).not.toContain(row.id);
    await app.close();
  });

  it("a launch dated next March is « ouverture prévue » publicly, and counted only once open", async () => {
    const app = await buildServer(deps);
    const row = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "launch",
      territoryCode: "25462",
    });
    const auth = { authorization: `Bearer ${await world.token(world.officer.userId)}` };
    const launched = await app.inject({
      method: "PUT",
      url: `/api/v1/initiatives/${row.id}/outcome`,
      headers: auth,
      payload: {
        kind: "replication",
        modelId: published.id,
        activityName: "VERT'uOSE du printemps",
        openedOn: "2027-03-15",
      },
    });
    expect(launched.statusCode).toBe(200);
    const lineage = (
      await app.inject({ method: "GET", url: `/api/v1/models/${published.id}/lineage` })
    ).json();
    expect(lineage.launched.map((l: { activityName: string }) => l.activityName)).not.toContain(
      "VERT'uOSE du printemps",
    );
    expect(lineage.planned).toEqual([expect.objectContaining({ activityName: "VERT'uOSE du printemps" })]);
    const activities = await listLaunchedActivities(deps, { kind: "commune", code: "25462" });
    expect(activities.find((a) => a.activityName === "VERT'uOSE du printemps")?.status).toBe("planned");

    // On its opening day (Paris), it is open and counted.
    const opening = { ...deps, clock: fixedClock("2027-03-14T23:30:00.000Z") };
    const open = await getModelLineage(opening, null, published.id);
    expect(open.ok && open.value.launched.map((l) => l.activityName)).toContain("VERT'uOSE du printemps");
    await app.close();
  });
});
