import { and, eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditAction } from "../../shared/codes/audit";
import type { Actor } from "../core/actor";
import { fixedClock } from "../core/clock";
import { auditEvent, session } from "../db/schema";
import { createNetwork, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { disableTotp } from "./disable-totp";
import { finishSecondFactorSignIn } from "./finish-second-factor-sign-in";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { loadActor, resolveSessionActor } from "./resolve-actor";
import { signIn } from "./sign-in";
import { startTotpEnrolment } from "./start-totp-enrolment";

const PASSWORD = "un-bon-mot-de-passe";

describe("signing in with a second factor (TOTP)", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    await createNetwork(deps.db, { name: "Réseau des Fabriques" });
  });
  afterAll(async () => deps.close());

  /** The code the authenticator shows `steps` × 30 s from the test clock's time. */
  const codeAt = (secret: string, steps = 0) =>
    generate({ secret, epoch: Math.floor(deps.clock.now().getTime() / 1000) + steps * 30 });

  async function person(email: string, extra: { isNetworkAnimator?: boolean } = {}) {
    const row = await createUser(deps.db, { email, password: PASSWORD, ...extra });
    return (await loadActor(deps, row.id)) as Actor;
  }

  async function enrol(actor: Actor) {
    const started = await startTotpEnrolment(deps, actor);
    if (!started.ok) throw new Error(started.error);
    // The first code uses up the step before the ones the tests type (a code works once).
    const confirmed = await confirmTotpEnrolment(deps, actor, {
      code: await codeAt(started.value.secret, -1),
    });
    if (!confirmed.ok) throw new Error(confirmed.error);
    return { secret: started.value.secret, recoveryCodes: confirmed.value.recoveryCodes };
  }

  async function pendingFor(email: string) {
    const first = await signIn(deps, { email, password: PASSWORD }, { redirectTo: "/projets" });
    if (!first.ok || first.value.step !== "second-factor") throw new Error("expected the second step");
    return first.value.pendingToken;
  }

  const journal = (action: AuditAction, userId: string) =>
    deps.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, action), eq(auditEvent.subjectUserId, userId)));

  it("a right password opens no session until the code: the pending step is not a session", async () => {
    const lina = await person("lina@exemple.test");
    const { secret } = await enrol(lina);
    const pendingToken = await pendingFor("lina@exemple.test");
    expect(await resolveSessionActor(deps, pendingToken)).toBeNull();
    expect(await deps.db.select().from(session).where(eq(session.userId, lina.userId))).toHaveLength(0);

    const finished = await finishSecondFactorSignIn(deps, {
      cookieToken: pendingToken,
      code: await codeAt(secret),
    });
    if (!finished.ok) throw new Error(finished.error);
    expect(finished.value).toMatchObject({
      userId: lina.userId,
      redirectTo: "/projets",
      recoveryCodesLeft: null,
    });
    expect((await resolveSessionActor(deps, finished.value.token))?.actor.userId).toBe(lina.userId);
    const [opened] = await deps.db.select().from(session).where(eq(session.id, finished.value.sessionId));
    expect(opened?.secondFactor).toBe("totp");

    // The pending step is used up, and the same code is refused on a new one (replay within its window).
    expect(
      await finishSecondFactorSignIn(deps, { cookieToken: pendingToken, code: await codeAt(secret, 1) }),
    ).toMatchObject({
      ok: false,
      error: "TOKEN_INVALID",
    });
    const again = await pendingFor("lina@exemple.test");
    expect(
      await finishSecondFactorSignIn(deps, { cookieToken: again, code: await codeAt(secret) }),
    ).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { code: expect.stringContaining("6 chiffres") },
    });
  });

  it("a recovery code opens the session once, is spent, and is journaled", async () => {
    const marc = await person("marc.secours@exemple.test");
    const { recoveryCodes } = await enrol(marc);
    const code = recoveryCodes[3]!;
    const finished = await finishSecondFactorSignIn(deps, {
      cookieToken: await pendingFor("marc.secours@exemple.test"),
      code: code.toUpperCase(),
    });
    expect(finished).toMatchObject({ ok: true, value: { recoveryCodesLeft: 9 } });
    expect(await journal("totp.recovery-used", marc.userId)).toHaveLength(1);
    const reused = await finishSecondFactorSignIn(deps, {
      cookieToken: await pendingFor("marc.secours@exemple.test"),
      code,
    });
    expect(reused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });

  it("another person's pending sign-in cannot be finished, with their own code or a made-up cookie", async () => {
    const alice = await person("alice@exemple.test");
    const mallory = await person("mallory@exemple.test");
    await enrol(alice);
    const mallorys = await enrol(mallory);
    const alicePending = await pendingFor("alice@exemple.test");
    // Mallory's own right code is checked against Alice's secret: refused.
    expect(
      await finishSecondFactorSignIn(deps, {
        cookieToken: alicePending,
        code: await codeAt(mallorys.secret),
      }),
    ).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(
      await finishSecondFactorSignIn(deps, { cookieToken: alicePending, code: mallorys.recoveryCodes[0]! }),
    ).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    // Without the cookie there is nothing to finish.
    expect(
      await finishSecondFactorSignIn(deps, {
        cookieToken: "pas-un-jeton",
        code: await codeAt(mallorys.secret),
      }),
    ).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    expect(await deps.db.select().from(session).where(eq(session.userId, alice.userId))).toHaveLength(0);
  });

  it("brute force stops: five wrong codes, then even the right one waits; a pending step lasts 10 minutes", async () => {
    const bruno = await person("bruno.force@exemple.test");
    const { secret } = await enrol(bruno);
    const pendingToken = await pendingFor("bruno.force@exemple.test");
    for (const wrong of ["000000", "111111", "222222", "333333", "444444"]) {
      expect(await finishSecondFactorSignIn(deps, { cookieToken: pendingToken, code: wrong })).toMatchObject({
        ok: false,
        error: "INVALID_INPUT",
      });
    }
    const limited = await finishSecondFactorSignIn(deps, {
      cookieToken: pendingToken,
      code: await codeAt(secret),
    });
    expect(limited).toMatchObject({
      ok: false,
      error: "RATE_LIMITED",
      message: expect.stringContaining("Trop de codes"),
    });

    const later = {
      ...deps,
      clock: fixedClock(new Date(deps.clock.now().getTime() + 11 * 60_000).toISOString()),
    };
    expect(
      await finishSecondFactorSignIn(later, { cookieToken: pendingToken, code: "123456" }),
    ).toMatchObject({
      ok: false,
      error: "TOKEN_INVALID",
    });
    // The limit is the account's, not the pending step's: a new password step does not reset it.
    const fresh = await pendingFor("bruno.force@exemple.test");
    expect(
      await finishSecondFactorSignIn(deps, { cookieToken: fresh, code: await codeAt(secret, 1) }),
    ).toMatchObject({
      ok: false,
      error: "RATE_LIMITED",
    });
    expect(await deps.db.select().from(session).where(eq(session.userId, bruno.userId))).toHaveLength(0);
  });

  it("turning it on, renewing the codes and turning it off are journaled", async () => {
    const zoe = await person("zoe@exemple.test");
    const { secret } = await enrol(zoe);
    expect(await journal("totp.enabled", zoe.userId)).toHaveLength(1);
    const renewed = await regenerateRecoveryCodes(deps, zoe, { code: await codeAt(secret) });
    expect(renewed.ok && renewed.value.recoveryCodes).toHaveLength(10);
    expect(await journal("totp.recovery-regenerated", zoe.userId)).toHaveLength(1);
    expect(await disableTotp(deps, zoe, { password: PASSWORD, code: await codeAt(secret, 1) })).toMatchObject(
      { ok: true },
    );
    expect(await journal("totp.disabled", zoe.userId)).toHaveLength(1);
    expect(await signIn(deps, { email: "zoe@exemple.test", password: PASSWORD })).toMatchObject({
      ok: true,
      value: { step: "session" },
    });
  });
});
