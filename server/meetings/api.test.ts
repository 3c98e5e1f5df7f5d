import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createTestInitiative, createTestPartner } from "./test-fixtures";

describe("the meetings, decisions and tasks API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let initiativeId: string;
  let officerId: string;
  const tokens = {} as Record<"officer" | "stranger" | "funder" | "copil", string>;
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const copilMeeting = {
    kind: "steering_committee",
    title: "Comité de pilotage de l'étude",
    date: "2026-12-10",
    startTime: "10:00",
    endTime: "12:00",
    place: "Mairie",
    minutes: "",
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "api-reu-a" });
    const b = await createFabrique(deps.db, { slug: "api-reu-b" });
    const officer = await createUser(deps.db);
    const stranger = await createUser(deps.db);
    officerId = officer.id;
    await addMembership(deps.db, { userId: officer.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: stranger.id, fabriqueId: b.id, role: "officer" });
    initiativeId = (await createTestInitiative(deps.db, a.id, { stage: "opportunity_study" })).id;
    const funder = await createTestPartner(deps.db, a.id, initiativeId, "funder");
    const copil = await createTestPartner(deps.db, a.id, initiativeId, "steering_committee");
    tokens.officer = await createBearerToken(deps.db, officer.id);
    tokens.stranger = await createBearerToken(deps.db, stranger.id);
    tokens.funder = await createBearerToken(deps.db, funder.id);
    tokens.copil = await createBearerToken(deps.db, copil.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("plans a meeting, reads it, and edits it with the version it read", async () => {
    const created = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/meetings`,
      headers: as("officer"),
      payload: copilMeeting,
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      kind: "steering_committee",
      startsAt: "2026-12-10T09:00:00.000Z",
      version: 1,
    });
    const patched = await app.inject({
      method: "PATCH",
      url: `/api/v1/meetings/${meeting.id}`,
      headers: as("officer"),
      payload: { ...copilMeeting, place: "Salle du conseil", version: 1 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ place: "Salle du conseil", version: 2 });
    const stale = await app.inject({
      method: "PATCH",
      url: `/api/v1/meetings/${meeting.id}`,
      headers: as("officer"),
      payload: { ...copilMeeting, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe("CONFLICT");
  });

  it("bad input answers 400 with a French message per field", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/meetings`,
      headers: as("officer"),
      payload: { ...copilMeeting, date: "31/02/2026", kind: "apero" },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toEqual(expect.arrayContaining(["date", "kind"]));
  });

  it("another Fabrique's token gets 404 on the initiative's meetings, decisions and tasks", async () => {
    for (const path of ["meetings", "decisions", "tasks"]) {
      const response = await app.inject({
        method: "GET",
        url: `/api/v1/initiatives/${initiativeId}/${path}`,
        headers: as("stranger"),
      });
      expect(response.statusCode).toBe(404);
    }
    const post = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/tasks`,
      headers: as("stranger"),
      payload: { title: "Intrusion" },
    });
    expect(post.statusCode).toBe(404);
  });

  it("a partner without the copil role does not see copil decisions; a copil member does", async () => {
    const list = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/meetings`,
      headers: as("officer"),
    });
    const copilId = list.json().upcoming[0].id as string;
    const recorded = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/decisions`,
      headers: as("officer"),
      payload: {
        meetingId: copilId,
        kind: "go",
        path: "new_model",
        rationale: "Besoin avéré",
        decidedBy: "Copil",
        decidedOn: "10/12/2026",
      },
    });
    expect(recorded.statusCode).toBe(201);
    const funder = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/decisions`,
      headers: as("funder"),
    });
    expect(funder.statusCode).toBe(200);
    expect(funder.json().decisions).toEqual([]);
    const copil = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/decisions`,
      headers: as("copil"),
    });
    expect(copil.json().decisions).toMatchObject([
      { kind: "go", stage: "opportunity_study", meetingKind: "steering_committee" },
    ]);
    const meetingForFunder = await app.inject({
      method: "GET",
      url: `/api/v1/meetings/${copilId}`,
      headers: as("funder"),
    });
    expect(meetingForFunder.statusCode).toBe(404);
    const partnerPost = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/decisions`,
      headers: as("copil"),
      payload: { kind: "no_go", rationale: "Non", decidedBy: "Moi", decidedOn: "10/12/2026" },
    });
    expect(partnerPost.statusCode).toBe(403);
  });

  it("creates a task and ticks it done; partners do not see tasks", async () => {
    const created = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/tasks`,
      headers: as("officer"),
      payload: { title: "Envoyer l'étude au copil", ownerUserId: officerId, dueOn: "2026-12-01" },
    });
    expect(created.statusCode).toBe(201);
    const patched = await app.inject({
      method: "PATCH",
      url: `/api/v1/tasks/${created.json().id}`,
      headers: as("officer"),
      payload: { done: true },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: "Envoyer l'étude au copil", doneAt: expect.any(String) });
    const forFunder = await app.inject({
      method: "GET",
      url: `/api/v1/initiatives/${initiativeId}/tasks`,
      headers: as("funder"),
    });
    expect(forFunder.json().tasks).toEqual([]);
  });

  it("uploads a document as the raw body and downloads it with its name; the audience is enforced", async () => {
    const uploaded = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/documents?filename=${encodeURIComponent("Étude d'opportunité.pdf")}&audience=steering_committee`,
      headers: { ...as("officer"), "content-type": "application/pdf" },
      payload: Buffer.from("%PDF-1.4 test"),
    });
    expect(uploaded.statusCode).toBe(201);
    const id = uploaded.json().id as string;
    const download = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${id}`,
      headers: as("copil"),
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain(
      "filename*=UTF-8''%C3%89tude%20d%27opportunit%C3%A9.pdf",
    );
    expect(download.body).toBe("%PDF-1.4 test");
    const denied = await app.inject({ method: "GET", url: `/api/v1/documents/${id}`, headers: as("funder") });
    expect(denied.statusCode).toBe(404);
  });

  it("serves an uploaded HTML page as a download, never inline (attachment, nosniff)", async () => {
    const page =
      '<html><body><script>fetch("/api/v1/me")</script><img src=x onerror="alert(1)"></body></html>';
    const uploaded = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/documents?filename=${encodeURIComponent("compte-rendu.html")}&audience=steering_committee`,
      headers: { ...as("officer"), "content-type": "text/html" },
      payload: page,
    });
    expect(uploaded.statusCode).toBe(201);
    const download = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${uploaded.json().id}`,
      headers: as("copil"),
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="compte-rendu\.html"/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    // Even opened by mistake, the page's inline script and handler would not run.
    expect(download.headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+';script-src-attr 'none'/,
    );
    expect(download.body).toBe(page);
  });
});
