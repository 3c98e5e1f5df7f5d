import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { initiativeEvent } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getInitiativeSilence, listStaleInitiatives, remindStaleInitiatives } from "./stale-initiatives";

describe("initiatives without activity for longer than their stage allows", () => {
  let deps: TestDeps;
  let officer: { id: string; email: string };
  let silent: string;
  let busy: string;

  const journalLine = (initiativeId: string, at: string) =>
    deps.db
      .insert(initiativeEvent)
      .values({ initiativeId, kind: "field", note: "modifié", at: new Date(at) });

  beforeAll(async () => {
    // 30 days in qualification (the default), 7 in the referral stage for this installation.
    deps = await createTestDeps({
      config: {
        staleAfterDays: {
          ...(await import("../../shared/codes/initiatives")).defaultStaleAfterDays,
          referral: 7,
        },
      },
    });
    const fabrique = await createFabrique(deps.db, { slug: "silences" });
    officer = await createUser(deps.db, { name: "Odile" });
    await addMembership(deps.db, { userId: officer.id, fabriqueId: fabrique.id, role: "officer" });
    const mine = { officerUserId: officer.id, createdAt: new Date("2026-09-01T08:00:00Z") };
    silent = (
      await createTestInitiative(deps.db, fabrique.id, {
        ...mine,
        title: "Recyclerie",
        stage: "qualification",
      })
    ).id;
    await journalLine(silent, "2026-10-20T08:00:00Z"); // 38 days before 27 November
    busy = (
      await createTestInitiative(deps.db, fabrique.id, { ...mine, title: "Laverie", stage: "qualification" })
    ).id;
    await journalLine(busy, "2026-11-10T08:00:00Z"); // 17 days: within 30
    // Referral, nothing since its creation on 1 November: 26 days, past this installation's 7.
    await createTestInitiative(deps.db, fabrique.id, {
      ...mine,
      title: "Saisine oubliée",
      stage: "referral",
      createdAt: new Date("2026-11-01T08:00:00Z"),
    });
    // Asleep by choice: never flagged.
    await createTestInitiative(deps.db, fabrique.id, { ...mine, title: "En veille", stage: "dormant" });
  });
  afterAll(async () => deps?.close());

  it("are flagged on the officer's dashboard and on the initiative, with their days and the stage's limit", async () => {
    const actor = (await loadActor(deps, officer.id))!;
    const stale = await listStaleInitiatives(deps, actor);
    expect(stale.map((s) => [s.title, s.days, s.threshold])).toEqual([
      ["Recyclerie", 38, 30],
      ["Saisine oubliée", 26, 7],
    ]);
    expect(await getInitiativeSilence(deps, { id: silent })).toMatchObject({
      days: 38,
      stage: "qualification",
    });
    expect(await getInitiativeSilence(deps, { id: busy })).toBeNull();
  });

  it("remind the officer once per silence; new activity then a new silence reminds again", async () => {
    expect(await remindStaleInitiatives(deps)).toBe(2);
    const reminders = deps.sentMail.filter((m) => m.purpose === "stale_initiative");
    expect(reminders.map((m) => m.to)).toEqual([officer.email, officer.email]);
    expect(reminders[0]?.subject).toBe("Essaim — « Recyclerie » sans activité depuis 38 jours");
    expect(await remindStaleInitiatives(deps)).toBe(0);

    await journalLine(silent, "2026-10-25T08:00:00Z"); // still 33 days: a new silence
    expect(await remindStaleInitiatives(deps)).toBe(1);
  });
});
