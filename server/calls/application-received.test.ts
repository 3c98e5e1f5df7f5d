import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notification } from "../db/schema";
import { saveDeliveries } from "../notifications/notification-preferences";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall, updateApplication } from "./apply-to-call";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { publishCall } from "./publish-call";
import { createCall } from "./save-call";

/** Issue 17: "a carrier application received" reaches the call's team and jury, nobody else. */
describe("an application received on a call", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createCallWorld>>;
  let callId: string;

  const toldOf = async (applicant: string) =>
    (
      await deps.db
        .select({ userId: notification.userId, title: notification.title })
        .from(notification)
        .where(eq(notification.kind, "application_received"))
    )
      .filter((row) => row.title === applicant)
      .map((row) => row.userId)
      .sort();

  const application = (name: string, submit: boolean) => ({
    siren: "775 670 417",
    name,
    legalForm: "association",
    postcode: "25300",
    contactName: "Sophie Solivers",
    contactEmail: "sophie@solivers.test",
    consent: "on",
    ...(submit ? { submit: "on" } : {}),
  });

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createCallWorld(deps.db);
    const created = await createCall(
      deps,
      world.officer,
      world.initiative.id,
      restaurantCallInput({ questions: [] }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    callId = created.value.id;
    expect((await publishCall(deps, world.officer, callId)).ok).toBe(true);
  });
  afterAll(async () => deps?.close());

  it("a draft tells nobody; once submitted, the team and the jury are told, a partner off the jury and another Fabrique are not", async () => {
    await saveDeliveries(deps, world.franceActive.userId, { application_received: "immediately" });
    const draft = await applyToCall(deps, callId, application("EA Solivers", false));
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    expect(await toldOf("EA Solivers")).toEqual([]);
    expect((await updateApplication(deps, draft.value.token, application("EA Solivers", true))).ok).toBe(
      true,
    );
    const told = await toldOf("EA Solivers");
    expect(told).toEqual([world.officer.userId, world.colleague.userId, world.franceActive.userId].sort());
    expect(told).not.toContain(world.outsider.userId);
    expect(told).not.toContain(world.elsewhere.userId);
    const mail = deps.sentMail.find(
      (m) => m.to === "fanny@franceactive.test" && m.purpose === "notification_application_received",
    );
    expect(mail?.text).toContain(
      "Candidature reçue sur l'appel « Appel à candidatures : restaurant inclusif de Pontarlier » : EA Solivers",
    );
  });

  it("the team's link opens the call's applications, the invited partner's link the jury's page", async () => {
    const links = await deps.db
      .select({ userId: notification.userId, link: notification.link })
      .from(notification)
      .where(eq(notification.kind, "application_received"));
    const linkOf = (userId: string) => links.filter((row) => row.userId === userId).map((row) => row.link);
    expect(linkOf(world.officer.userId)).toEqual([`/appels/${callId}/gestion`]);
    expect(linkOf(world.franceActive.userId)).toEqual([`/appels/${callId}/jury`]);
  });

  it("an application submitted at once is told once", async () => {
    expect((await applyToCall(deps, callId, application("Adapei du Doubs", true))).ok).toBe(true);
    expect(await toldOf("Adapei du Doubs")).toHaveLength(3);
  });
});
