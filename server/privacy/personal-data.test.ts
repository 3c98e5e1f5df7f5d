import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../accounts/create-session";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { auditEvent, session, signal, user } from "../db/schema";
import { insertReportSignal } from "../reports/report-fixtures";
import { addMembership, createFabrique, createNetwork, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { erasePerson } from "./erase-person";
import { exportPersonalData } from "./export-personal-data";
import { requestErasure } from "./request-erasure";

describe("a person's rights over their data", () => {
  let deps: TestDeps;
  let animator: Actor;
  let fabriqueAdmin: Actor;
  let fabriqueId: string;
  beforeAll(async () => {
    deps = await createTestDeps();
    await createNetwork(deps.db, { name: "Réseau" });
    fabriqueId = (await createFabrique(deps.db, { name: "ADRESS" })).id;
    const a = await createUser(deps.db, { isNetworkAnimator: true });
    animator = (await loadActor(deps, a.id))!;
    const b = await createUser(deps.db);
    await addMembership(deps.db, { userId: b.id, fabriqueId, role: "admin" });
    fabriqueAdmin = (await loadActor(deps, b.id))!;
  });
  afterAll(async () => deps?.close());

  async function personWithData(email: string) {
    const person = await createUser(deps.db, { email, name: "Léa Martin" });
    await addMembership(deps.db, { userId: person.id, fabriqueId, role: "partner" });
    await createSession(deps, person.id, { userAgent: "Firefox" });
    const submitted = await insertReportSignal(deps.db, {
      fabriqueId,
      kind: "need",
      channel: "public_form",
      createdAt: new Date("2026-11-01T10:00:00Z"),
      submitterName: "Léa Martin",
      submitterEmail: email.toUpperCase(),
      description: "Pas d'épicerie dans le bourg.",
    });
    return { person, actor: (await loadActor(deps, person.id))!, submitted };
  }

  it("a signed-in person downloads every row that names them, without the secrets of their sessions", async () => {
    const { person, actor, submitted } = await personWithData("lea.export@exemple.test");
    const result = await exportPersonalData(deps, actor);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.account).toMatchObject({ id: person.id, email: person.email, name: "Léa Martin" });
    const byTable = Object.fromEntries(result.value.sections.map((s) => [`${s.table}.${s.column}`, s.rows]));
    expect(byTable["membership.user_id"]).toHaveLength(1);
    expect(byTable["session.user_id"]).toEqual([expect.objectContaining({ user_agent: "Firefox" })]);
    expect(byTable["session.user_id"]![0]).not.toHaveProperty("token_hash");
    expect(byTable["signal.submitter_email"]).toEqual([expect.objectContaining({ id: submitted.id })]);
    expect(JSON.stringify(result.value)).not.toContain("password_hash");
    const journal = await deps.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, person.id));
    expect(journal.map((e) => e.action)).toEqual(["personal-data.exported"]);
  });

  it("nobody downloads anything without signing in", async () => {
    expect(await exportPersonalData(deps, null)).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
  });

  it("a person asks for erasure, and the request is journaled", async () => {
    const { person, actor } = await personWithData("lea.demande@exemple.test");
    const unconfirmed = await requestErasure(deps, actor, { confirmed: false });
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { confirm: expect.any(String) },
    });
    const result = await requestErasure(deps, actor, { confirmed: true, reason: "Je quitte l'association." });
    expect(result.ok).toBe(true);
    const [event] = await deps.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, person.id));
    expect(event).toMatchObject({ action: "erasure.requested", actorUserId: person.id });
  });

  it("the network animator erases a person: the account and sessions go, the signals keep their content", async () => {
    const { person, submitted } = await personWithData("lea.efface@exemple.test");
    const wrong = await erasePerson(deps, animator, {
      userId: person.id,
      confirmEmail: "autre@exemple.test",
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { confirmEmail: expect.any(String) },
    });

    const result = await erasePerson(deps, animator, {
      userId: person.id,
      confirmEmail: " Lea.Efface@exemple.test ",
    });
    expect(result).toEqual({ ok: true, value: { signalsKept: 1, contactsCleared: 0, memberships: 1 } });
    expect(await deps.db.select().from(user).where(eq(user.id, person.id))).toEqual([]);
    expect(await deps.db.select().from(session).where(eq(session.userId, person.id))).toEqual([]);
    const [kept] = await deps.db.select().from(signal).where(eq(signal.id, submitted.id));
    expect(kept).toMatchObject({
      description: "Pas d'épicerie dans le bourg.",
      submitterName: "",
      submitterEmail: "",
    });
    const [event] = await deps.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, person.id));
    expect(event).toMatchObject({ action: "person.erased", actorUserId: animator.userId });
    expect(JSON.stringify(event)).not.toContain("efface@");
  });

  it("a Fabrique admin cannot erase a person, and the animator not themselves", async () => {
    const { person } = await personWithData("lea.reste@exemple.test");
    expect(
      await erasePerson(deps, fabriqueAdmin, { userId: person.id, confirmEmail: person.email }),
    ).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(
      await erasePerson(deps, animator, { userId: animator.userId, confirmEmail: animator.email }),
    ).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await deps.db.select().from(user).where(eq(user.id, person.id))).toHaveLength(1);
  });
});
