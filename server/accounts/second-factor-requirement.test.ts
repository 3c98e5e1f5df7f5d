import { and, eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { auditEvent, session } from "../db/schema";
import { addMembership, createFabrique, createNetwork, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { createApiToken } from "./create-api-token";
import { loadActor, resolveSessionActor } from "./resolve-actor";
import { setTotpRequirement } from "./set-totp-requirement";
import { signIn } from "./sign-in";
import { startTotpEnrolment } from "./start-totp-enrolment";

const PASSWORD = "un-bon-mot-de-passe";

describe("the network's requirement of a second factor, API tokens and new devices", () => {
  let deps: TestDeps;
  let animator: Actor;
  let admin: Actor;
  let officer: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    await createNetwork(deps.db, { name: "Réseau des Fabriques" });
    const fabrique = await createFabrique(deps.db, { slug: "adress" });
    const load = async (email: string, role?: "admin" | "officer", isNetworkAnimator = false) => {
      const row = await createUser(deps.db, { email, password: PASSWORD, isNetworkAnimator });
      if (role) await addMembership(deps.db, { userId: row.id, fabriqueId: fabrique.id, role });
      return (await loadActor(deps, row.id)) as Actor;
    };
    animator = await load("animation@exemple.test", undefined, true);
    admin = await load("admin@exemple.test", "admin");
    officer = await load("charge@exemple.test", "officer");
  });
  afterAll(async () => deps.close());

  const codeAt = (secret: string, steps = 0) =>
    generate({ secret, epoch: Math.floor(deps.clock.now().getTime() / 1000) + steps * 30 });

  async function sessionToken(email: string, deviceToken?: string) {
    const signed = await signIn(deps, { email, password: PASSWORD }, { deviceToken });
    if (!signed.ok || signed.value.step !== "session") throw new Error("expected a session");
    return signed.value;
  }

  it("only the network animator sets it, each change journaled; then admins without TOTP must enrol first", async () => {
    expect(await setTotpRequirement(deps, admin, { required: true })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await setTotpRequirement(deps, animator, { required: true })).toEqual({
      ok: true,
      value: { required: true, changed: true },
    });
    const journaled = await deps.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "network.totp-requirement-changed"));
    expect(journaled).toEqual([
      expect.objectContaining({ actorUserId: animator.userId, details: { required: true } }),
    ]);

    const due = async (email: string) =>
      (await resolveSessionActor(deps, (await sessionToken(email)).token))?.secondFactorDue;
    expect(await due("admin@exemple.test")).toBe(true);
    expect(await due("animation@exemple.test")).toBe(true);
    expect(await due("charge@exemple.test")).toBe(false);

    // Enrolled: no longer due.
    const started = await startTotpEnrolment(deps, admin);
    if (!started.ok) throw new Error(started.error);
    await confirmTotpEnrolment(deps, admin, { code: await codeAt(started.value.secret, -1) });
    const pending = await signIn(deps, { email: "admin@exemple.test", password: PASSWORD });
    expect(pending).toMatchObject({ ok: true, value: { step: "second-factor" } });

    // A session whose second factor the OpenID provider checked counts (decision record 0141).
    const animatorSession = await sessionToken("animation@exemple.test");
    await deps.db
      .update(session)
      .set({ secondFactor: "federation" })
      .where(eq(session.id, animatorSession.sessionId));
    expect((await resolveSessionActor(deps, animatorSession.token))?.secondFactorDue).toBe(false);
  });

  it("an API token asks a current code of a person with TOTP, and is refused to one the requirement covers without it", async () => {
    await setTotpRequirement(deps, animator, { required: true });
    const refused = await createApiToken(deps, animator, { name: "Tableur" });
    expect(refused).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
      message: expect.stringContaining("Sécurité du compte"),
    });
    expect(await createApiToken(deps, officer, { name: "Tableur" })).toMatchObject({ ok: true });

    const started = await startTotpEnrolment(deps, officer);
    if (!started.ok) throw new Error(started.error);
    await confirmTotpEnrolment(deps, officer, { code: await codeAt(started.value.secret, -1) });
    expect(await createApiToken(deps, officer, { name: "Sans code" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { code: expect.stringContaining("6 chiffres") },
    });
    expect(await createApiToken(deps, officer, { name: "Faux", code: "000000" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
    expect(
      await createApiToken(deps, officer, { name: "Bon code", code: await codeAt(started.value.secret) }),
    ).toMatchObject({ ok: true, value: { name: "Bon code" } });
  });

  it("a sign-in from a browser the account never used is journaled; the first browser and a known one are not", async () => {
    const row = await createUser(deps.db, { email: "voyageuse@exemple.test", password: PASSWORD });
    const newDevice = () =>
      deps.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.action, "sign-in.new-device"), eq(auditEvent.subjectUserId, row.id)));
    const first = await sessionToken("voyageuse@exemple.test");
    expect(await newDevice()).toHaveLength(0);
    await sessionToken("voyageuse@exemple.test", first.deviceToken);
    expect(await newDevice()).toHaveLength(0);
    const other = await sessionToken("voyageuse@exemple.test");
    expect(other.deviceToken).not.toBe(first.deviceToken);
    expect(await newDevice()).toEqual([
      expect.objectContaining({
        actorUserId: row.id,
        details: expect.objectContaining({ method: "password" }),
      }),
    ]);
  });
});
