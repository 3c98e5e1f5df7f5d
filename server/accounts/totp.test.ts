import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { totpRecoveryCode, userTotp } from "../db/schema";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { disableTotp } from "./disable-totp";
import { loadActor } from "./resolve-actor";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { verifySecondFactor } from "./verify-second-factor";

/** The code an authenticator app shows for `secret` at the test clock's time (plus `steps` × 30 s). */
const codeAt = (deps: TestDeps, secret: string, steps = 0) =>
  generate({ secret, epoch: Math.floor(deps.clock.now().getTime() / 1000) + steps * 30 });

describe("two-factor authentication with TOTP (RFC 6238)", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  async function enrolled(email: string) {
    const row = await createUser(deps.db, { email, password: "un-bon-mot-de-passe" });
    const actor = (await loadActor(deps, row.id)) as Actor;
    const started = await startTotpEnrolment(deps, actor);
    if (!started.ok) throw new Error(started.error);
    const confirmed = await confirmTotpEnrolment(deps, actor, {
      code: await codeAt(deps, started.value.secret),
    });
    if (!confirmed.ok) throw new Error(confirmed.error);
    return { actor, secret: started.value.secret, recoveryCodes: confirmed.value.recoveryCodes };
  }

  it("enrolment draws a QR code of the otpauth address, keeps the secret encrypted, and needs a right code", async () => {
    const row = await createUser(deps.db, { email: "lea@exemple.test", password: "un-bon-mot-de-passe" });
    const actor = (await loadActor(deps, row.id)) as Actor;
    const started = await startTotpEnrolment(deps, actor);
    if (!started.ok) throw new Error(started.error);
    expect(started.value.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.value.otpauthUri).toMatch(/^otpauth:\/\/totp\/Essaim:lea%40exemple\.test\?secret=/);
    expect(started.value.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    const [stored] = await deps.db.select().from(userTotp).where(eq(userTotp.userId, row.id));
    expect(stored?.secretEncrypted).not.toContain(started.value.secret);
    expect(stored?.confirmedAt).toBeNull();

    const wrong = await confirmTotpEnrolment(deps, actor, { code: "000000" });
    expect(wrong).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { code: expect.stringContaining("6 chiffres") },
    });
    const right = await confirmTotpEnrolment(deps, actor, { code: await codeAt(deps, started.value.secret) });
    expect(right.ok && right.value.recoveryCodes).toHaveLength(10);
    const hashes = await deps.db.select().from(totpRecoveryCode).where(eq(totpRecoveryCode.userId, row.id));
    expect(hashes).toHaveLength(10);
    expect(hashes.map((h) => h.codeHash)).not.toContain(right.ok ? right.value.recoveryCodes[0] : "");
    expect(await startTotpEnrolment(deps, actor)).toMatchObject({ ok: false, error: "CONFLICT" });
  });

  it("accepts the current code once, and a neighbouring step for clock drift", async () => {
    const { actor, secret } = await enrolled("marc@exemple.test");
    const next = await codeAt(deps, secret, 1);
    expect(await verifySecondFactor(deps, actor.userId, next)).toEqual({
      ok: true,
      value: { usedRecoveryCode: false },
    });
    // The same code, or an earlier one, is never accepted twice.
    expect(await verifySecondFactor(deps, actor.userId, next)).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
    expect(await verifySecondFactor(deps, actor.userId, await codeAt(deps, secret))).toMatchObject({
      ok: false,
    });
    expect(await verifySecondFactor(deps, actor.userId, await codeAt(deps, secret, 5))).toMatchObject({
      ok: false,
    });
  });

  it("each recovery code works once, whatever its case or dashes", async () => {
    const { actor, recoveryCodes } = await enrolled("nina@exemple.test");
    const first = recoveryCodes[0]!;
    const typed = ` ${first.toUpperCase().replace("-", " ")} `;
    expect(await verifySecondFactor(deps, actor.userId, typed)).toEqual({
      ok: true,
      value: { usedRecoveryCode: true },
    });
    expect(await verifySecondFactor(deps, actor.userId, first)).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
    expect(await verifySecondFactor(deps, actor.userId, recoveryCodes[1]!)).toMatchObject({ ok: true });
  });

  it("wrong codes are limited per account, in the database", async () => {
    const { actor, secret } = await enrolled("olga@exemple.test");
    for (let n = 0; n < 5; n++) {
      expect(await verifySecondFactor(deps, actor.userId, "123456")).toMatchObject({
        ok: false,
        error: "INVALID_INPUT",
      });
    }
    const limited = await verifySecondFactor(deps, actor.userId, await codeAt(deps, secret, 1));
    expect(limited).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    if (!limited.ok) expect(limited.message).toContain("Trop de codes incorrects");
  });

  it("turning it off needs the password and a code", async () => {
    const { actor, secret } = await enrolled("paul@exemple.test");
    const code = await codeAt(deps, secret, 1);
    expect(await disableTotp(deps, actor, { password: "pas-le-bon", code })).toMatchObject({
      ok: false,
      fields: { password: expect.any(String) },
    });
    expect(await disableTotp(deps, actor, { password: "un-bon-mot-de-passe", code: "000000" })).toMatchObject(
      {
        ok: false,
        fields: { code: expect.any(String) },
      },
    );
    expect(await disableTotp(deps, actor, { password: "un-bon-mot-de-passe", code })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await deps.db.select().from(userTotp).where(eq(userTotp.userId, actor.userId))).toEqual([]);
    expect(
      await deps.db.select().from(totpRecoveryCode).where(eq(totpRecoveryCode.userId, actor.userId)),
    ).toEqual([]);
  });
});
