import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { decision, initiativeEvent, model, organisation } from "../db/schema";
import { getDocumentFile, listDocuments, uploadDocument } from "../documents/documents";
import { readInitiativeJournal } from "../initiatives/initiative-journal";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createDecision, listDecisions } from "./decisions";
import { getMeeting } from "./get-meeting";
import {
  listCopilMeetingsAwaitingDecision,
  listInitiativeMeetings,
  listUpcomingMeetings,
} from "./list-meetings";
import { createMeeting, deleteMeeting, updateMeeting } from "./save-meeting";
import { createTestInitiative, createTestPartner } from "./test-fixtures";

describe("meetings, decisions and documents of an initiative", () => {
  let deps: TestDeps;
  let officer: Actor;
  let otherOfficer: Actor;
  let funder: Actor;
  let copilMember: Actor;
  let initiativeId: string;
  let organisationId: string;
  let copilMeetingId: string;
  let groupMeetingId: string;

  const actorOf = async (id: string) => (await loadActor(deps, id))!;
  const base = {
    kind: "project_group" as const,
    title: "Groupe-projet conciergerie",
    date: "03/12/2026",
    startTime: "14h00",
    endTime: "16h30",
    place: "Centre social, Rouen",
    minutes: "On a listé les services attendus.",
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "reu-a" });
    const b = await createFabrique(deps.db, { slug: "reu-b" });
    const o = await createUser(deps.db, { name: "Alice Officer" });
    const ob = await createUser(deps.db);
    await addMembership(deps.db, { userId: o.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: ob.id, fabriqueId: b.id, role: "officer" });
    const row = await createTestInitiative(deps.db, a.id, { stage: "opportunity_study" });
    initiativeId = row.id;
    const [org] = await deps.db
      .insert(organisation)
      .values({ fabriqueId: a.id, name: "Ville de Rouen", kind: "local_authority" })
      .returning();
    organisationId = org!.id;
    const f = await createTestPartner(deps.db, a.id, initiativeId, "funder");
    const c = await createTestPartner(deps.db, a.id, initiativeId, "steering_committee");
    officer = await actorOf(o.id);
    otherOfficer = await actorOf(ob.id);
    funder = await actorOf(f.id);
    copilMember = await actorOf(c.id);
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("the team plans a meeting in Paris time with participants, and the journal records it", async () => {
    const created = await createMeeting(deps, officer, initiativeId, {
      ...base,
      participants: [`organisation:${organisationId}`, `user:${officer.userId}`],
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    groupMeetingId = created.value.id;
    const details = await getMeeting(deps, officer, groupMeetingId);
    if (!details.ok) throw new Error("expected the meeting");
    expect(details.value.startsAt.toISOString()).toBe("2026-12-03T13:00:00.000Z");
    expect(details.value.participants?.map((p) => p.name)).toEqual(["Alice Officer", "Ville de Rouen"]);
    const events = await deps.db
      .select()
      .from(initiativeEvent)
      .where(eq(initiativeEvent.initiativeId, initiativeId));
    expect(events.some((e) => e.kind === "meeting" && e.note.includes("Groupe-projet conciergerie"))).toBe(
      true,
    );
  });

  it("refuses an end before the start and a participant of another Fabrique", async () => {
    const bad = await createMeeting(deps, officer, initiativeId, { ...base, endTime: "13h" });
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT", fields: { endTime: expect.any(String) } });
    const stranger = await createMeeting(deps, officer, initiativeId, {
      ...base,
      participants: [`user:${otherOfficer.userId}`],
    });
    expect(stranger).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { participants: expect.any(String) },
    });
  });

  it("an edit from a stale version is refused with CONFLICT and writes nothing", async () => {
    const first = await updateMeeting(deps, officer, groupMeetingId, {
      ...base,
      title: "Premier titre",
      version: 1,
    });
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    const stale = await updateMeeting(deps, officer, groupMeetingId, {
      ...base,
      title: "Second titre",
      version: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: "CONFLICT" });
    const stored = await getMeeting(deps, officer, groupMeetingId);
    expect(stored.ok && stored.value.title).toBe("Premier titre");
  });

  it("another Fabrique's officer does not find the meeting", async () => {
    expect(await getMeeting(deps, otherOfficer, groupMeetingId)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await listInitiativeMeetings(deps, otherOfficer, initiativeId)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  it("a funder sees the project-group meeting without its minutes, and no copil meeting", async () => {
    const copil = await createMeeting(deps, officer, initiativeId, {
      ...base,
      kind: "steering_committee",
      title: "Comité de pilotage",
      date: "27/11/2026",
      startTime: "08h00",
      endTime: "09h00",
    });
    if (!copil.ok) throw new Error("expected the copil");
    copilMeetingId = copil.value.id;
    const seen = await getMeeting(deps, funder, groupMeetingId);
    expect(seen.ok && seen.value.minutes).toBeNull();
    expect(seen.ok && seen.value.participants).toBeNull();
    expect(await getMeeting(deps, funder, copilMeetingId)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const listed = await listInitiativeMeetings(deps, funder, initiativeId);
    expect(listed.ok && [...listed.value.upcoming, ...listed.value.past].map((m) => m.id)).toEqual([
      groupMeetingId,
    ]);
    const member = await getMeeting(deps, copilMember, copilMeetingId);
    expect(member.ok && member.value.minutes).toBe(base.minutes);
    // The copil (09:00 Paris = 08:00 UTC) is over at 09:00 UTC: it is past.
    const all = await listInitiativeMeetings(deps, officer, initiativeId);
    expect(all.ok && all.value.past.map((m) => m.id)).toEqual([copilMeetingId]);
  });

  it("a copil decision is stored in the initiative's stage and hidden from partners outside the copil", async () => {
    const recorded = await createDecision(deps, officer, initiativeId, {
      meetingId: copilMeetingId,
      kind: "go",
      path: "new_model",
      rationale: "Besoin confirmé, aucune offre existante.",
      decidedBy: "Comité de pilotage : Ville de Rouen, Carsat",
      decidedOn: "27/11/2026",
    });
    expect(recorded.ok).toBe(true);
    const [stored] = await deps.db.select().from(decision).where(eq(decision.initiativeId, initiativeId));
    expect(stored).toMatchObject({
      stage: "opportunity_study",
      kind: "go",
      meetingId: copilMeetingId,
      decidedOn: "2026-11-27",
    });
    await createDecision(deps, officer, initiativeId, {
      kind: "park",
      rationale: "Attendre le budget municipal.",
      decidedBy: "Équipe",
      decidedOn: "2026-11-20",
    });
    const forFunder = await listDecisions(deps, funder, initiativeId);
    expect(forFunder.ok && forFunder.value.map((d) => d.kind)).toEqual(["park"]);
    const forCopil = await listDecisions(deps, copilMember, initiativeId);
    expect(forCopil.ok && forCopil.value.map((d) => d.kind)).toEqual(["go", "park"]);
    // Nor does the journal tell the funder what the copil decided.
    const journal = await readInitiativeJournal(deps, funder, initiativeId);
    const notes = journal.ok ? journal.value.map((e) => e.note).join("\n") : "";
    expect(notes).toContain("Attendre le budget municipal.");
    expect(notes).not.toContain("Besoin confirmé");
    expect(notes).not.toContain("Comité de pilotage");
  });

  it("a decision to replicate needs a published catalogue model", async () => {
    const missing = await createDecision(deps, officer, initiativeId, {
      kind: "go",
      path: "replicate_model",
      rationale: "Le modèle existe ailleurs.",
      decidedBy: "Copil",
      decidedOn: "27/11/2026",
    });
    expect(missing).toMatchObject({ ok: false, fields: { modelId: expect.any(String) } });
    const [published] = await deps.db
      .insert(model)
      .values({
        title: "VERT'uOSE",
        summary: "Blanchisserie",
        description: "…",
        status: "published",
      } as never)
      .returning();
    const ok = await createDecision(deps, officer, initiativeId, {
      kind: "go",
      path: "replicate_model",
      modelId: published!.id,
      rationale: "Le modèle existe ailleurs.",
      decidedBy: "Copil",
      decidedOn: "27/11/2026",
    });
    expect(ok.ok).toBe(true);
  });

  it("documents: the audience decides who may download; the size is capped at 10 MB", async () => {
    const upload = (audience: string, meetingId: string | null = null, size = 12) =>
      uploadDocument(deps, officer, initiativeId, {
        meetingId,
        audience,
        filename: "compte-rendu.pdf",
        mediaType: "application/pdf",
        content: Buffer.alloc(size, 1),
      });
    const copilDoc = await upload("steering_committee");
    const partnersDoc = await upload("partners");
    const teamDoc = await upload("team");
    if (!copilDoc.ok || !partnersDoc.ok || !teamDoc.ok) throw new Error("expected uploads");
    expect(await upload("team", null, 10 * 1024 * 1024 + 1)).toMatchObject({
      ok: false,
      fields: { file: expect.any(String) },
    });
    const file = await getDocumentFile(deps, copilMember, copilDoc.value.id);
    expect(file.ok && file.value.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await getDocumentFile(deps, funder, copilDoc.value.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await getDocumentFile(deps, copilMember, teamDoc.value.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect((await getDocumentFile(deps, funder, partnersDoc.value.id)).ok).toBe(true);
    expect(await getDocumentFile(deps, otherOfficer, partnersDoc.value.id)).toMatchObject({ ok: false });
    const listed = await listDocuments(deps, funder, initiativeId, { meetingId: null });
    expect(listed.ok && listed.value.map((d) => d.id)).toEqual([partnersDoc.value.id]);
  });

  it("the dashboard lists the next meetings of the user's Fabriques only", async () => {
    const mine = await listUpcomingMeetings(deps, officer, { limit: 5 });
    expect(mine.map((m) => m.id)).toEqual([groupMeetingId]);
    expect(await listUpcomingMeetings(deps, otherOfficer, { limit: 5 })).toEqual([]);
  });

  it("a copil held without a recorded decision waits on the team's dashboard", async () => {
    const held = await createMeeting(deps, officer, initiativeId, {
      ...base,
      kind: "steering_committee",
      title: "Copil sans décision",
      date: "20/11/2026",
    });
    if (!held.ok) throw new Error("expected the copil");
    const waiting = await listCopilMeetingsAwaitingDecision(deps, officer);
    // The copil of the 27th has its decision; this one has none yet.
    expect(waiting.map((m) => m.title)).toEqual(["Copil sans décision"]);
    expect(await listCopilMeetingsAwaitingDecision(deps, funder)).toEqual([]);
  });

  it("deleting a meeting keeps its decision, unlinked", async () => {
    const removed = await deleteMeeting(deps, officer, copilMeetingId);
    expect(removed.ok).toBe(true);
    const rows = await deps.db.select().from(decision).where(eq(decision.initiativeId, initiativeId));
    expect(rows.find((d) => d.kind === "go" && d.path === "new_model")?.meetingId).toBeNull();
    expect(await deleteMeeting(deps, funder, groupMeetingId)).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });
});
