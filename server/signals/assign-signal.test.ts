import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { notification, signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { assignSignal } from "./assign-signal";
import { createSignal } from "./create-signal";
import { getSignal } from "./get-signal";

describe("a signal entrusted to a team member", () => {
  let deps: TestDeps;
  let admin: Actor;
  let officer: Actor;
  let partner: Actor;
  let otherOfficer: Actor;
  let signalId: string;

  const assignedNotices = async () =>
    deps.db
      .select({ userId: notification.userId, detail: notification.detail })
      .from(notification)
      .where(and(eq(notification.kind, "signal_assigned"), eq(notification.link, `/signaux/${signalId}`)));

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "confier-a" });
    const b = await createFabrique(deps.db, { slug: "confier-b" });
    const person = async (fabriqueId: string, role: "admin" | "officer" | "partner", name: string) => {
      const u = await createUser(deps.db, { name });
      await addMembership(deps.db, { userId: u.id, fabriqueId, role });
      return (await loadActor(deps, u.id))!;
    };
    admin = await person(a.id, "admin", "Adèle");
    officer = await person(a.id, "officer", "Octave");
    partner = await person(a.id, "partner", "Paul");
    otherOfficer = await person(b.id, "officer", "Olga");
    const created = await createSignal(deps, admin, {
      kind: "need",
      title: "Pas de laverie dans le quartier",
      description: "Depuis la fermeture de la laverie, les familles vont à 5 km pour laver leur linge.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    signalId = created.value.id;
  });
  afterAll(async () => deps?.close());

  it("the team entrusts it to a colleague, who alone is told, and the page shows who holds it", async () => {
    expect(await assignSignal(deps, admin, signalId, officer.userId)).toEqual({
      ok: true,
      value: { assigneeUserId: officer.userId },
    });
    expect(await assignedNotices()).toEqual([
      { userId: officer.userId, detail: expect.stringContaining("Adèle vous confie la remontée") },
    ]);
    const page = await getSignal(deps, admin, signalId);
    expect(page.ok && page.value.assigneeName).toBe("Octave");
    expect(page.ok && page.value.assignees.map((p) => p.name)).toEqual(["Adèle", "Octave"]);
  });

  it("nobody is told when a person takes it for themselves or it is given to nobody", async () => {
    expect((await assignSignal(deps, admin, signalId, admin.userId)).ok).toBe(true);
    expect((await assignSignal(deps, admin, signalId, "")).ok).toBe(true);
    const [row] = await deps.db.select().from(signal).where(eq(signal.id, signalId));
    expect(row!.assigneeUserId).toBeNull();
    expect((await assignedNotices()).map((n) => n.userId)).toEqual([officer.userId]);
  });

  it("only the team assigns, only to its own members; another Fabrique learns nothing", async () => {
    const outsider = await assignSignal(deps, admin, signalId, otherOfficer.userId);
    expect(outsider).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { assigneeUserId: expect.any(String) },
    });
    expect(await assignSignal(deps, admin, signalId, partner.userId)).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
    expect(await assignSignal(deps, partner, signalId, partner.userId)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await assignSignal(deps, otherOfficer, signalId, otherOfficer.userId)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect((await assignedNotices()).map((n) => n.userId)).toEqual([officer.userId]);
  });
});
