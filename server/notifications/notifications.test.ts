import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { createModel } from "../catalogue/create-model";
import type { Actor } from "../core/actor";
import { mailOutbox, notification } from "../db/schema";
import { uploadDocument } from "../documents/documents";
import { createMeeting } from "../meetings/save-meeting";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { countUnreadNotifications, listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import {
  getNotificationPreferences,
  saveDeliveries,
  updateNotificationPreferences,
} from "./notification-preferences";
import { recordNotifications } from "./record-notifications";
import { sendNotificationDigests } from "./send-notification-digests";
import { unsubscribe } from "./unsubscribe";

describe("notifications", () => {
  let deps: TestDeps;
  let admin: Actor;
  let officer: Actor;
  let partner: Actor;
  let carrier: Actor;
  let otherOfficer: Actor;
  let animator: Actor;
  let fabriqueId: string;
  let initiativeId: string;

  const toldAbout = async (link: string) =>
    (
      await deps.db
        .select({ userId: notification.userId })
        .from(notification)
        .where(eq(notification.link, link))
    )
      .map((row) => row.userId)
      .sort();

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "notif-a", name: "Fabrique des notifications" });
    const b = await createFabrique(deps.db, { slug: "notif-b", name: "Autre Fabrique" });
    fabriqueId = a.id;
    initiativeId = (await createTestInitiative(deps.db, a.id, { title: "Conciergerie du quartier" })).id;
    const person = async (
      fabrique: string,
      role: "admin" | "officer" | "partner" | "carrier",
      scoped = false,
    ) => {
      const u = await createUser(deps.db);
      await addMembership(deps.db, {
        userId: u.id,
        fabriqueId: fabrique,
        role,
        initiativeId: scoped ? initiativeId : null,
      });
      return (await loadActor(deps, u.id))!;
    };
    admin = await person(a.id, "admin");
    officer = await person(a.id, "officer");
    partner = await person(a.id, "partner");
    carrier = await person(a.id, "carrier", true);
    otherOfficer = await person(b.id, "officer");
    const n = await createUser(deps.db, { isNetworkAnimator: true });
    animator = (await loadActor(deps, n.id))!;
  });
  afterAll(async () => deps?.close());

  it("a new signal is told to the rest of its Fabrique's team, never to its partner or another Fabrique", async () => {
    const created = await createSignal(deps, admin, {
      kind: "need",
      title: "Pas de garde d'enfants en horaires décalés",
      description:
        "Les parents qui travaillent tôt le matin n'ont aucune solution de garde dans le quartier.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await toldAbout(`/signaux/${created.value.id}`)).toEqual([officer.userId]);
  });

  it("a meeting reaches the team and the carrier; a steering committee only the team", async () => {
    const base = {
      title: "Groupe-projet conciergerie",
      date: "03/12/2026",
      startTime: "14h00",
      endTime: "16h00",
    };
    const group = await createMeeting(deps, officer, initiativeId, { ...base, kind: "project_group" });
    const copil = await createMeeting(deps, officer, initiativeId, { ...base, kind: "steering_committee" });
    if (!group.ok || !copil.ok) throw new Error("expected two meetings");
    expect(await toldAbout(`/reunions/${group.value.id}`)).toEqual([admin.userId, carrier.userId].sort());
    expect(await toldAbout(`/reunions/${copil.value.id}`)).toEqual([admin.userId]);
  });

  it("a partner's mail never names a document they may not read", async () => {
    await saveDeliveries(deps, carrier.userId, { document_added: "immediately" });
    const upload = (filename: string, audience: string) =>
      uploadDocument(deps, officer, initiativeId, {
        filename,
        mediaType: "application/pdf",
        content: Buffer.from("%PDF-1.4 test"),
        audience,
      });
    expect((await upload("Budget confidentiel.pdf", "team")).ok).toBe(true);
    expect((await upload("Plaquette du projet.pdf", "partners")).ok).toBe(true);
    const mails = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, carrier.email));
    expect(mails.map((m) => m.text).join("\n")).toContain("Plaquette du projet.pdf");
    for (const mail of mails) {
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain("Budget confidentiel");
    }
    const carrierList = await listNotifications(deps, carrier);
    expect(carrierList.items.map((item) => item.detail).join(" ")).not.toContain("Budget confidentiel");
  });

  it("a proposed catalogue model waits for the network animator, and nobody else is told", async () => {
    const created = await createModel(deps, officer, {
      fabriqueId,
      title: "Conciergerie solidaire de quartier",
      summary: "Une conciergerie tenue par des salariés en insertion.",
      description: "Services du quotidien aux habitants, emplois d'insertion.",
      themes: ["bien-vieillir"],
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await toldAbout(`/catalogue/${created.value.id}`)).toEqual([animator.userId]);
  });

  it("an initiative's news reaches no one of another Fabrique, whatever its kind", async () => {
    for (const kind of ["stage_changed", "copil_decision", "document_added", "meeting_added"] as const) {
      await recordNotifications(deps, deps.db, {
        kind,
        fabriqueId,
        link: `/projets/${initiativeId}?${kind}`,
        title: "Conciergerie du quartier",
        detail: kind,
        groupKey: `initiative:${initiativeId}`,
        audience: { initiative: { id: initiativeId, fabriqueId }, carrier: kind !== "copil_decision" },
        actorUserId: null,
      });
      const told = await toldAbout(`/projets/${initiativeId}?${kind}`);
      expect(told).not.toContain(otherOfficer.userId);
      expect(told).not.toContain(partner.userId);
      expect(told.includes(carrier.userId)).toBe(kind !== "copil_decision");
    }
  });

  it("the daily digest gathers what waits, once per person and day, even when two runs race", async () => {
    const now = new Date("2026-11-27T07:05:00Z");
    const [first, second] = await Promise.all([
      sendNotificationDigests(deps, { frequency: "daily", now }),
      sendNotificationDigests(deps, { frequency: "daily", now }),
    ]);
    expect(first + second).toBeGreaterThan(0);
    const digests = await deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, officer.email), eq(mailOutbox.purpose, "notification_digest_daily")));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain("Pas de garde d'enfants en horaires décalés");
    expect(digests[0]!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await sendNotificationDigests(deps, { frequency: "daily", now })).toBe(0);
  });

  it("the one-click link of a digest stops that digest; a forged link stops nothing", async () => {
    const [digest] = await deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, officer.email), eq(mailOutbox.purpose, "notification_digest_daily")));
    const token = /\/unsubscribe\/([^>]+)>/.exec(digest!.headers!["List-Unsubscribe"]!)![1]!;
    expect(await unsubscribe(deps, `${token.slice(0, -2)}xx`)).toBeNull();
    expect(await unsubscribe(deps, token.replace(officer.userId, otherOfficer.userId))).toBeNull();
    expect(await unsubscribe(deps, token)).toBe("digest-daily");
    const after = await getNotificationPreferences(deps, officer.userId);
    expect(after.signal_new).toBe("never");
    expect(after.mention).toBe("immediately");
  });

  it("preferences refuse an unknown choice and name the kind", async () => {
    const refused = await updateNotificationPreferences(deps, officer, { signal_new: "chaque heure" });
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(!refused.ok && refused.fields?.signal_new).toBeTruthy();
  });

  it("each person reads and marks only their own notifications", async () => {
    const theirs = await listNotifications(deps, admin);
    expect(theirs.unread).toBeGreaterThan(0);
    expect(
      await markNotificationsRead(
        deps,
        otherOfficer,
        theirs.items.map((i) => i.id),
      ),
    ).toBe(0);
    expect(await countUnreadNotifications(deps, admin)).toBe(theirs.unread);
    expect(await markNotificationsRead(deps, admin, [theirs.items[0]!.id, "pas-un-id"])).toBe(1);
    expect(await markNotificationsRead(deps, admin, "all")).toBe(theirs.unread - 1);
    expect(await countUnreadNotifications(deps, admin)).toBe(0);
  });
});
