import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUp, initiative, outcome, signal, task } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { askDueFollowUps } from "./ask-due-follow-ups";
import { wakeUpSleepers } from "./wake-up-sleepers";

describe("reminders: follow-ups asked when due, sleepers woken on their day, each once", () => {
  let deps: TestDeps;
  let fabriqueId: string;
  let officer: { id: string; email: string };
  let colleague: { id: string; email: string };
  let carrier: { id: string; email: string };

  const launched = async (title: string, openedOn: string) => {
    const row = await createTestInitiative(deps.db, fabriqueId, {
      title,
      stage: "follow_up",
      officerUserId: officer.id,
    });
    await deps.db.insert(outcome).values({ initiativeId: row.id, kind: "new_activity", openedOn });
    return row.id;
  };
  const mailsTo = (purpose: string) =>
    deps.sentMail
      .filter((m) => m.purpose === purpose)
      .map((m) => m.to)
      .sort();

  beforeAll(async () => {
    deps = await createTestDeps();
    fabriqueId = (await createFabrique(deps.db, { slug: "rappels" })).id;
    officer = await createUser(deps.db, { name: "Odile" });
    colleague = await createUser(deps.db, { name: "Colin" });
    carrier = await createUser(deps.db, { name: "Carla" });
    await addMembership(deps.db, { userId: officer.id, fabriqueId, role: "officer" });
    await addMembership(deps.db, { userId: colleague.id, fabriqueId, role: "admin" });
  });
  afterAll(async () => deps?.close());

  it("asks the officer and the carrier for a follow-up due this month, once, and not a recorded or long-past one", async () => {
    // Opened 20 May 2026: the 6-month follow-up is due on 20 November, a week before today.
    const due = await launched("Conciergerie", "2026-05-20");
    await addMembership(deps.db, { userId: carrier.id, fabriqueId, role: "carrier", initiativeId: due });
    // Due on 25 November, but recorded already.
    const recorded = await launched("Garage", "2026-05-25");
    await deps.db
      .insert(followUp)
      .values({ initiativeId: recorded, milestoneMonths: 6, measuredOn: "2026-11-26", stillRunning: true });
    // Due on 15 September: overdue on the dashboards, older than the 30 days a mail still asks for.
    await launched("Laverie", "2026-03-15");

    expect(await askDueFollowUps(deps)).toBe(1);
    expect(mailsTo("notification_follow_up_due")).toEqual([carrier.email, officer.email].sort());
    const mail = deps.sentMail.find((m) => m.purpose === "notification_follow_up_due")!;
    expect(mail.subject).toBe("[Essaim] Suivi à 6 mois attendu depuis le 20 nov. 2026 — Conciergerie");
    expect(mail.text).toContain(`/projets/${due}/porteur#suivi`);
    // The colleague of the team is not asked: only the officer and the carrier.
    expect(mailsTo("notification_follow_up_due")).not.toContain(colleague.email);

    // The next day's run asks nothing again.
    expect(await askDueFollowUps(deps)).toBe(0);
    expect(mailsTo("notification_follow_up_due")).toHaveLength(2);
  });

  it("wakes a dormant initiative and a parked signal on their day: a task and a mail, once per wake-up day", async () => {
    const sleeping = await createTestInitiative(deps.db, fabriqueId, {
      title: "Recyclerie",
      stage: "dormant",
      wakeUpOn: "2026-11-27",
      officerUserId: officer.id,
    });
    await createTestInitiative(deps.db, fabriqueId, { stage: "dormant", wakeUpOn: "2027-01-04" });
    const [parked] = await deps.db
      .insert(signal)
      .values({
        fabriqueId,
        reference: "RAP-2026-0001",
        kind: "need",
        title: "Laverie solidaire",
        description: "Pas de laverie accessible dans le quartier.",
        territoryKind: "commune",
        territoryCode: "76540",
        channel: "workshop",
        status: "parked",
        wakeUpOn: "2026-11-25",
      })
      .returning({ id: signal.id });

    expect(await wakeUpSleepers(deps)).toBe(2);
    expect(mailsTo("wake_up_initiative")).toEqual([officer.email]);
    expect(mailsTo("wake_up_signal")).toEqual([colleague.email, officer.email].sort());
    const tasks = await deps.db.select().from(task).where(eq(task.fabriqueId, fabriqueId));
    expect(tasks.map((t) => ({ initiativeId: t.initiativeId, owner: t.ownerUserId, due: t.dueOn }))).toEqual(
      expect.arrayContaining([
        { initiativeId: sleeping.id, owner: officer.id, due: "2026-11-27" },
        { initiativeId: null, owner: null, due: "2026-11-27" },
      ]),
    );
    expect(tasks).toHaveLength(2);
    expect(deps.sentMail.find((m) => m.purpose === "wake_up_signal")?.text).toContain(
      `/signaux/${parked!.id}`,
    );

    expect(await wakeUpSleepers(deps)).toBe(0);
    // Put back to sleep until yesterday by the team and still dormant: that new day wakes it again.
    await deps.db.update(initiative).set({ wakeUpOn: "2026-11-26" }).where(eq(initiative.id, sleeping.id));
    expect(await wakeUpSleepers(deps)).toBe(1);
  });
});
