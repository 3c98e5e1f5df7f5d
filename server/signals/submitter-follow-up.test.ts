import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { mailOutbox, membership, notification, user } from "../db/schema";
import { listNotifications } from "../notifications/list-notifications";
import { saveDeliveries } from "../notifications/notification-preferences";
import { seedDemo } from "../seed/demo";
import { demoIds } from "../seed/demo-ids";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeSignalStatus } from "./change-signal-status";
import { createPublicSignal } from "./create-public-signal";
import { getSignalFollowUp, updateSubmitterFollows } from "./get-signal-follow-up";

/** The "done when": a resident answers the Rouen campaign of ADRESS. */
describe("a public signal on the Rouen campaign", () => {
  let deps: TestDeps;
  let officer: Actor;
  let signalId: string;
  let followUpToken: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    officer = (await loadActor(deps, demoIds.users.adress)) as Actor;
    await saveDeliveries(deps, officer.userId, { signal_new: "immediately" });
    const received = await createPublicSignal(
      deps,
      {
        fabrique: "adress",
        campaign: "bien-vieillir-rouen",
        kind: "need",
        title: "Personne pour aider à remplir les papiers de la retraite",
        description:
          "Dans mon immeuble, plusieurs voisins âgés n'arrivent plus à faire leurs démarches en ligne.",
        territory: { kind: "commune", code: "76540" },
        themes: ["bien-vieillir"],
        submitter: { name: "Mme Lefèvre", email: "lefevre@exemple.fr", type: "resident" },
        consent: true,
        website: "",
      },
      { clientKey: "test-client" },
    );
    if (!received.ok) throw new Error(JSON.stringify(received));
    signalId = received.value.id;
    followUpToken = received.value.receiptToken;
  });
  afterAll(async () => deps?.close());

  it("sends the submitter the acknowledgement with the reference and a follow-up link that works", async () => {
    const mails = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, "lefevre@exemple.fr"));
    expect(mails).toHaveLength(1);
    const url = `${deps.config.publicUrl}/suivi/${followUpToken}`;
    expect(mails[0]!.text).toContain(url);
    expect(mails[0]!.html).toContain(`href="${url}"`);
    const page = await getSignalFollowUp(deps, followUpToken);
    expect(page).toMatchObject({ status: "new", fabriqueName: expect.stringContaining("ADRESS") });
    expect(mails[0]!.subject).toContain(page!.reference);
  });

  it("tells ADRESS's officer in the app and, on « immediately », by mail with a one-click unsubscribe", async () => {
    const list = await listNotifications(deps, officer);
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({ kind: "signal_new", link: `/signaux/${signalId}` });
    const [mail] = await deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, officer.email), eq(mailOutbox.purpose, "notification_signal_new")));
    expect(mail?.text).toContain(`${deps.config.publicUrl}/signaux/${signalId}`);
    expect(mail?.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(/^<http:\/\/localhost:3000\/api\/v1\/unsubscribe\/.+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("tells nobody outside ADRESS's team", async () => {
    const told = await deps.db
      .selectDistinct({ userId: notification.userId })
      .from(notification)
      .where(eq(notification.link, `/signaux/${signalId}`));
    const adressTeam = await deps.db
      .select({ userId: membership.userId })
      .from(membership)
      .where(
        and(
          eq(membership.fabriqueId, demoIds.fabriques.adress),
          isNull(membership.initiativeId),
          inArray(membership.role, ["admin", "officer"]),
        ),
      );
    expect(told.length).toBeGreaterThan(0);
    const team = adressTeam.map((m) => m.userId);
    for (const { userId } of told) expect(team).toContain(userId);
    const others = await deps.db
      .select({ email: user.email })
      .from(user)
      .where(and(ne(user.id, officer.userId)));
    const otherMails = await deps.db
      .select({ to: mailOutbox.to })
      .from(mailOutbox)
      .where(
        inArray(
          mailOutbox.to,
          others.map((o) => o.email),
        ),
      );
    expect(otherMails).toEqual([]);
  });

  it("qualifying it updates the submitter's page, and mails them when they asked to be told", async () => {
    expect(await updateSubmitterFollows(deps, followUpToken, true)).toBe(true);
    const qualified = await changeSignalStatus(deps, officer, signalId, { to: "qualified", reason: "" });
    expect(qualified.ok).toBe(true);
    expect(await getSignalFollowUp(deps, followUpToken)).toMatchObject({ status: "qualified" });
    const mails = await deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, "lefevre@exemple.fr"), eq(mailOutbox.purpose, "signal_follow_up")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`/suivi/${followUpToken}`);
  });

  it("a follow-up link answers nothing once altered, and nothing after the retention period", async () => {
    // Another last character, whatever the drawn one was (a fixed "A" was the same link 1 time in 64).
    const altered = `${followUpToken.slice(0, -1)}${followUpToken.endsWith("A") ? "B" : "A"}`;
    expect(await getSignalFollowUp(deps, altered)).toBeUndefined();
    const later = { ...deps, clock: { now: () => new Date("2029-12-01T00:00:00Z") } };
    expect(await getSignalFollowUp(later, followUpToken)).toBeUndefined();
  });
});
