import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { notification, signal, task } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { notifyDueTasks } from "../reminders/notify-due-tasks";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildDigestContent, isDigestHour, sendDailyDigests } from "./daily-digest";
import { createTask, listMyTasks, updateTask } from "./tasks";

describe("tasks and the daily digest", () => {
  let deps: TestDeps;
  let busy: { id: string; email: string };
  let idle: { id: string; email: string };
  let initiativeId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "dig-a" });
    const b = await createFabrique(deps.db, { slug: "dig-b" });
    busy = await createUser(deps.db, { name: "Bérénice" });
    idle = await createUser(deps.db);
    await addMembership(deps.db, { userId: busy.id, fabriqueId: a.id, role: "officer" });
    // Idle works in a third Fabrique where nothing is due.
    const c = await createFabrique(deps.db, { slug: "dig-c" });
    await addMembership(deps.db, { userId: idle.id, fabriqueId: c.id, role: "officer" });
    const row = await createTestInitiative(deps.db, a.id, { title: "Conciergerie de quartier" });
    initiativeId = row.id;
    await createTestInitiative(deps.db, a.id, {
      title: "Recyclerie endormie",
      stage: "dormant",
      wakeUpOn: "2026-11-27",
    });
    await createTestInitiative(deps.db, a.id, {
      title: "Encore endormie",
      stage: "dormant",
      wakeUpOn: "2027-03-01",
    });
    // The other Fabrique's dormant initiative is not Bérénice's business.
    await createTestInitiative(deps.db, b.id, {
      title: "Projet d'ailleurs",
      stage: "dormant",
      wakeUpOn: "2026-11-01",
    });
    await deps.db.insert(signal).values({
      fabriqueId: a.id,
      reference: "DIG-2026-0001",
      kind: "need",
      title: "Laverie solidaire",
      description: "Pas de laverie accessible dans le quartier depuis la fermeture.",
      territoryKind: "commune",
      territoryCode: "76540",
      channel: "phone",
      status: "parked",
      wakeUpOn: "2026-11-20",
    } as never);
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("a task is created for a team member and ticked done; a stranger cannot own it", async () => {
    const actor = (await loadActor(deps, busy.id))!;
    const overdue = await createTask(deps, actor, initiativeId, {
      title: "Relancer la mairie",
      ownerUserId: busy.id,
      dueOn: "20/11/2026",
    });
    const today = await createTask(deps, actor, initiativeId, {
      title: "Préparer le groupe-projet",
      ownerUserId: busy.id,
      dueOn: "2026-11-27",
    });
    await createTask(deps, actor, initiativeId, {
      title: "Plus tard",
      ownerUserId: busy.id,
      dueOn: "2026-12-15",
    });
    const done = await createTask(deps, actor, initiativeId, {
      title: "Déjà faite",
      ownerUserId: busy.id,
      dueOn: "2026-11-01",
    });
    expect(overdue.ok && today.ok && done.ok).toBe(true);
    if (!done.ok) return;
    expect(await updateTask(deps, actor, done.value.id, { done: true })).toMatchObject({ ok: true });
    const stranger = await createTask(deps, actor, initiativeId, {
      title: "Pour quelqu'un d'autre",
      ownerUserId: idle.id,
    });
    expect(stranger).toMatchObject({ ok: false, fields: { ownerUserId: expect.any(String) } });
    const mine = await listMyTasks(deps, actor);
    expect(mine.map((t) => t.title)).toEqual([
      "Relancer la mairie",
      "Préparer le groupe-projet",
      "Plus tard",
      "Déjà faite",
    ]);
  });

  it("a task due today or overdue is a notification of its owner, once, and never of another Fabrique", async () => {
    const other = await createUser(deps.db);
    const b = await createFabrique(deps.db, { slug: "dig-task-b" });
    await addMembership(deps.db, { userId: other.id, fabriqueId: b.id, role: "officer" });
    await deps.db
      .insert(task)
      .values({ fabriqueId: b.id, title: "Tâche d'ailleurs", ownerUserId: other.id, dueOn: "2026-11-20" });
    expect(await notifyDueTasks(deps)).toBe(3);
    expect(await notifyDueTasks(deps)).toBe(0);
    const told = await deps.db
      .select({ userId: notification.userId, title: notification.title, detail: notification.detail })
      .from(notification)
      .where(eq(notification.kind, "task_due"));
    const mine = told.filter((n) => n.userId === busy.id);
    expect(mine.map((n) => n.title).sort()).toEqual([
      "Préparer le groupe-projet (Conciergerie de quartier)",
      "Relancer la mairie (Conciergerie de quartier)",
    ]);
    expect(mine.find((n) => n.title.startsWith("Relancer"))!.detail).toContain("en retard");
    expect(told.filter((n) => n.userId === other.id).map((n) => n.title)).toEqual(["Tâche d'ailleurs"]);
    expect(told.some((n) => n.userId === idle.id)).toBe(false);
  });

  it("the digest of a person lists waking initiatives and parked signals, no longer tasks", async () => {
    const content = await buildDigestContent(deps, busy.id, "2026-11-27");
    expect(content.dormant.map((i) => i.title)).toEqual(["Recyclerie endormie"]);
    expect(content.signals.map((s) => s.reference)).toEqual(["DIG-2026-0001"]);
  });

  it("sends one mail to whoever has something to say, once a day, and nothing to the others", async () => {
    const before = deps.sentMail.length;
    expect(await sendDailyDigests(deps)).toBe(1);
    const mails = deps.sentMail.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: busy.email, purpose: "daily_digest" });
    expect(mails[0]!.text).not.toContain("Relancer la mairie");
    expect(mails[0]!.text).toContain("Recyclerie endormie");
    expect(mails[0]!.text).toContain("Laverie solidaire");
    expect(mails[0]!.text).not.toContain("Projet d'ailleurs");
    expect(mails[0]!.text).not.toContain("Plus tard");
    expect(mails.some((m) => m.to === idle.email)).toBe(false);
    // A second run the same day sends nothing, even with a new waking signal.
    expect(await sendDailyDigests(deps)).toBe(0);
    expect(deps.sentMail.length).toBe(before + 1);
  });

  it("goes out from 7:00 Paris time", () => {
    expect(isDigestHour(new Date("2026-11-27T05:59:00Z"))).toBe(false);
    expect(isDigestHour(new Date("2026-11-27T06:00:00Z"))).toBe(true);
  });
});
