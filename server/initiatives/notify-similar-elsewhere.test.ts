import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { notification, signal } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { notifyNewLookAlikes, notifySimilarElsewhere } from "./notify-similar-elsewhere";

describe("a similar signal or initiative appearing elsewhere in the network", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  let partnerB: Actor;
  let officerC: Actor;
  let theirs: string;

  const need = (title: string, description: string) => ({
    kind: "need",
    title,
    description,
    territory: { kind: "commune", code: "76540" },
    channel: "workshop",
  });
  const similarNotices = async () =>
    deps.db
      .select({
        userId: notification.userId,
        link: notification.link,
        title: notification.title,
        detail: notification.detail,
      })
      .from(notification)
      .where(eq(notification.kind, "similar_elsewhere"));

  beforeAll(async () => {
    deps = await createTestDeps();
    const person = async (fabriqueId: string, role: "officer" | "partner") => {
      const u = await createUser(deps.db);
      await addMembership(deps.db, { userId: u.id, fabriqueId, role });
      return (await loadActor(deps, u.id))!;
    };
    const a = await createFabrique(deps.db, { slug: "semblable-a", name: "Fabrique de Rouen" });
    const b = await createFabrique(deps.db, { slug: "semblable-b", name: "Fabrique du Havre" });
    const c = await createFabrique(deps.db, { slug: "semblable-c", name: "Fabrique de Caen" });
    officerA = await person(a.id, "officer");
    officerB = await person(b.id, "officer");
    partnerB = await person(b.id, "partner");
    officerC = await person(c.id, "officer");
    const created = await createSignal(
      deps,
      officerB,
      need("Pas de laverie solidaire dans le quartier", "Notes confidentielles de la Fabrique du Havre."),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    theirs = created.value.id;
    await createTestInitiative(deps.db, c.id, { title: "Jardin partagé des Sapins" });
    // The job's first round: nothing alike elsewhere yet.
    expect(await notifyNewLookAlikes(deps)).toBe(0);
  });
  afterAll(async () => deps?.close());

  it("a new signal like one of another Fabrique tells that Fabrique's team, once, linking to its own signal", async () => {
    const created = await createSignal(
      deps,
      officerA,
      need("Pas de laverie solidaire dans notre quartier", "Description que seule la Fabrique de Rouen lit."),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    // The job's next round compares only what came since.
    expect(await notifyNewLookAlikes(deps)).toBe(1);
    expect(await similarNotices()).toEqual([
      {
        userId: officerB.userId,
        link: `/signaux/${theirs}`,
        title: "Pas de laverie solidaire dans notre quartier",
        detail:
          "Semblable à « Pas de laverie solidaire dans le quartier » : une remontée de Fabrique de Rouen",
      },
    ]);
    expect(JSON.stringify(await similarNotices())).not.toContain("seule la Fabrique de Rouen");
    // Once, even if the job runs again; nobody of the new signal's own Fabrique, nor a partner, nor Caen.
    expect(await notifySimilarElsewhere(deps, { kind: "signal", id: created.value.id })).toBe(0);
    expect(await notifyNewLookAlikes(deps)).toBe(0);
    const told = (await similarNotices()).map((n) => n.userId);
    for (const other of [officerA, partnerB, officerC]) expect(told).not.toContain(other.userId);
  });

  it("a signal marked as spam, or unlike anything, tells nobody", async () => {
    const spam = await createSignal(
      deps,
      officerA,
      need("Pas de laverie solidaire au quartier", "Une remontée marquée comme indésirable par l'équipe."),
    );
    const unlike = await createSignal(
      deps,
      officerA,
      need(
        "Horaires de bus trop espacés le dimanche",
        "Les habitants attendent le bus une heure le dimanche matin.",
      ),
    );
    if (!spam.ok || !unlike.ok) throw new Error("expected two signals");
    await deps.db.update(signal).set({ spam: "confirmed" }).where(eq(signal.id, spam.value.id));
    expect(await notifySimilarElsewhere(deps, { kind: "signal", id: spam.value.id })).toBe(0);
    expect(await notifySimilarElsewhere(deps, { kind: "signal", id: unlike.value.id })).toBe(0);
    expect(await similarNotices()).toHaveLength(1);
  });
  it("a new initiative like other Fabriques' signals tells each of those teams it is a project of Caen", async () => {
    const [fabriqueC] = officerC.memberships;
    const project = await createTestInitiative(deps.db, fabriqueC!.fabriqueId, {
      title: "Laverie solidaire du quartier",
    });
    expect(await notifySimilarElsewhere(deps, { kind: "initiative", id: project.id })).toBe(2);
    const told = (await similarNotices()).filter((n) => n.title === "Laverie solidaire du quartier");
    expect(told.map((n) => n.userId).sort()).toEqual([officerA.userId, officerB.userId].sort());
    expect(told.filter((n) => n.userId === officerB.userId)).toEqual([
      {
        userId: officerB.userId,
        link: `/signaux/${theirs}`,
        title: "Laverie solidaire du quartier",
        detail: "Semblable à « Pas de laverie solidaire dans le quartier » : un projet de Fabrique de Caen",
      },
    ]);
  });
});
