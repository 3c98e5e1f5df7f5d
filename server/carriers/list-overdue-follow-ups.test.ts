import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { followUp, initiative, outcome } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { followUpDueOn } from "./follow-up-due";
import { listOverdueFollowUps } from "./list-overdue-follow-ups";

describe("the follow-ups someone owes", () => {
  let deps: TestDeps;
  let officer: Actor;
  let carrier: Actor;
  let colleague: Actor;
  let counter = 0;

  async function launched(values: {
    fabriqueId: string;
    title: string;
    openedOn: string;
    officerUserId: string;
  }) {
    counter++;
    const [row] = await deps.db
      .insert(initiative)
      .values({
        fabriqueId: values.fabriqueId,
        reference: `SUIVI-${counter}`,
        title: values.title,
        territoryKind: "commune",
        territoryCode: "76540",
        entryPoint: "need",
        stage: "follow_up",
        officerUserId: values.officerUserId,
      })
      .returning();
    await deps.db.insert(outcome).values({
      initiativeId: row!.id,
      kind: "new_activity",
      openedOn: values.openedOn,
      jobsFteHundredths: 200,
    });
    return row!.id;
  }

  const measured = (initiativeId: string, milestoneMonths: number, stillRunning = true) =>
    deps.db
      .insert(followUp)
      .values({ initiativeId, milestoneMonths, measuredOn: "2026-06-01", stillRunning });

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "suivis", name: "Fabrique des suivis" });
    const officerRow = await createUser(deps.db);
    const colleagueRow = await createUser(deps.db);
    await addMembership(deps.db, { userId: officerRow.id, fabriqueId: fabrique.id, role: "officer" });
    await addMembership(deps.db, { userId: colleagueRow.id, fabriqueId: fabrique.id, role: "officer" });
    const mine = { fabriqueId: fabrique.id, officerUserId: officerRow.id };
    // Opened 15 March 2026: 6 months fall on 15 September (overdue), 12 on 15 March 2027 (not yet).
    await launched({ ...mine, title: "Conciergerie", openedOn: "2026-03-15" });
    // Opened 31 January 2025: 6 and 12 months recorded, stopped at 12: 36 months are not owed.
    const stopped = await launched({ ...mine, title: "Garage", openedOn: "2025-01-31" });
    await measured(stopped, 6);
    await measured(stopped, 12, false);
    // Opened 31 August 2025, 12 months recorded but not 6: the 6-month one (28 February 2026) is owed.
    const skipped = await launched({ ...mine, title: "Laverie", openedOn: "2025-08-31" });
    await measured(skipped, 12);
    // Carried by its own account; its officer is the colleague. 6 and 12 months are past.
    const carried = await launched({
      fabriqueId: fabrique.id,
      officerUserId: colleagueRow.id,
      title: "Épicerie",
      openedOn: "2025-10-01",
    });
    // Due today (27 November 2026): not yet overdue.
    await launched({ ...mine, title: "Café", openedOn: "2026-05-27" });
    const carrierRow = await createUser(deps.db);
    await addMembership(deps.db, {
      userId: carrierRow.id,
      fabriqueId: fabrique.id,
      role: "carrier",
      initiativeId: carried,
    });
    officer = (await loadActor(deps, officerRow.id))!;
    colleague = (await loadActor(deps, colleagueRow.id))!;
    carrier = (await loadActor(deps, carrierRow.id))!;
  });
  afterAll(async () => deps.close());

  it("falls due 6, 12 and 36 months after the opening, on the last day of a shorter month", () => {
    expect(followUpDueOn("2026-03-15", 6)).toBe("2026-09-15");
    expect(followUpDueOn("2025-08-31", 6)).toBe("2026-02-28");
    expect(followUpDueOn("2024-08-31", 6)).toBe("2025-02-28");
    expect(followUpDueOn("2023-08-31", 6)).toBe("2024-02-29");
    expect(followUpDueOn("2025-10-01", 36)).toBe("2028-10-01");
    expect(followUpDueOn("2025-12-15", 12)).toBe("2026-12-15");
  });

  it("lists to the officer the follow-ups past their day and not recorded, the oldest first", async () => {
    expect((await listOverdueFollowUps(deps, officer)).map((o) => [o.title, o.milestone, o.dueOn])).toEqual([
      ["Laverie", 6, "2026-02-28"],
      ["Conciergerie", 6, "2026-09-15"],
    ]);
  });

  it("lists to the carrier the follow-ups of its own activity, and to its officer", async () => {
    expect((await listOverdueFollowUps(deps, carrier)).map((o) => [o.title, o.milestone, o.dueOn])).toEqual([
      ["Épicerie", 6, "2026-04-01"],
      ["Épicerie", 12, "2026-10-01"],
    ]);
    expect((await listOverdueFollowUps(deps, colleague)).map((o) => o.milestone)).toEqual([6, 12]);
  });
});
