import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock";
import { passwordReset } from "../db/schema";
import { createUser } from "../seed/factories";
import { signInToSession as signIn } from "../testing/opened-session";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getPasswordReset } from "./get-password-reset";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { resolveSessionActor } from "./resolve-actor";

/** The token is only in the mail: read it from the link, as the person would. */
function tokenFromLastMail(deps: TestDeps): string {
  const mail = deps.sentMail.at(-1);
  const match = /\/mot-de-passe\/([\w-]+)/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error("no reset link in the last mail");
  return match[1];
}

/** Ask for a link and wait for what happens after the answer (the mail queued, or nothing). */
async function requestAndWait(...args: Parameters<typeof requestPasswordReset>) {
  const answer = await requestPasswordReset(...args);
  if (answer.ok) await answer.value.queued;
  return answer;
}

describe("forgotten password", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("says the same thing whether or not the account exists, and mails only real accounts", async () => {
    await createUser(deps.db, { email: "gaelle@exemple.test", name: "Gaëlle Petit" });
    const before = deps.sentMail.length;
    const unknown = await requestAndWait(deps, { email: "inconnu@exemple.test" });
    expect(unknown).toEqual({ ok: true, value: { queued: expect.any(Promise) } });
    expect(deps.sentMail.length).toBe(before);

    const known = await requestAndWait(deps, { email: "GAELLE@exemple.test" });
    // The same answer: a promise is compared by its shape (its async ids differ from one to the other).
    expect(known).toEqual({ ok: true, value: { queued: expect.any(Promise) } });
    expect(deps.sentMail.length).toBe(before + 1);
    const mail = deps.sentMail.at(-1)!;
    expect(mail).toMatchObject({ to: "gaelle@exemple.test", purpose: "password_reset" });
    expect(mail.text).toContain("Bonjour Gaëlle Petit");
    expect(mail.text).toContain("http://localhost:3000/mot-de-passe/");
  });

  it("does not mail a disabled account", async () => {
    await createUser(deps.db, { email: "parti@exemple.test", disabledAt: new Date("2026-01-01T00:00:00Z") });
    const before = deps.sentMail.length;
    expect((await requestAndWait(deps, { email: "parti@exemple.test" })).ok).toBe(true);
    expect(deps.sentMail.length).toBe(before);
  });

  it("sets the new password, closes every session and opens a new one; the link works once", async () => {
    const hugo = await createUser(deps.db, { email: "hugo@exemple.test", password: "ancien-mot-de-passe" });
    const oldSession = await signIn(deps, { email: "hugo@exemple.test", password: "ancien-mot-de-passe" });
    if (!oldSession.ok) throw new Error("sign-in failed");

    await requestAndWait(deps, { email: "hugo@exemple.test" });
    const token = tokenFromLastMail(deps);
    expect(await getPasswordReset(deps, token)).toEqual({ ok: true, value: { email: "hugo@exemple.test" } });

    const mismatch = await resetPassword(deps, token, {
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "autre-chose-encore",
    });
    expect(mismatch).toMatchObject({
      ok: false,
      fields: { passwordConfirmation: expect.stringMatching(/identiques/) },
    });
    const tooShort = await resetPassword(deps, token, { password: "court", passwordConfirmation: "court" });
    expect(tooShort).toMatchObject({
      ok: false,
      fields: { password: expect.stringMatching(/10 caractères/) },
    });

    for (const weak of ["aaaaaaaaaa", "hugo-hugo-hugo"]) {
      const refused = await resetPassword(deps, token, { password: weak, passwordConfirmation: weak });
      expect(refused, weak).toMatchObject({
        ok: false,
        error: "INVALID_INPUT",
        fields: { password: expect.stringMatching(/^Ce mot de passe est trop facile à deviner/) },
      });
    }

    const reset = await resetPassword(deps, token, {
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "nouveau-mot-de-passe",
    });
    expect(reset.ok).toBe(true);
    if (!reset.ok) return;
    expect(reset.value.userId).toBe(hugo.id);
    expect(await resolveSessionActor(deps, oldSession.value.token)).toBeNull();
    expect((await resolveSessionActor(deps, reset.value.token))?.actor.userId).toBe(hugo.id);

    expect((await signIn(deps, { email: "hugo@exemple.test", password: "ancien-mot-de-passe" })).ok).toBe(
      false,
    );
    expect((await signIn(deps, { email: "hugo@exemple.test", password: "nouveau-mot-de-passe" })).ok).toBe(
      true,
    );

    expect(await getPasswordReset(deps, token)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    const reused = await resetPassword(deps, token, {
      password: "troisieme-mot-de-passe",
      passwordConfirmation: "troisieme-mot-de-passe",
    });
    expect(reused).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
  });

  it("refuses a link after one hour", async () => {
    await createUser(deps.db, { email: "ines@exemple.test", password: "ancien-mot-de-passe" });
    await requestAndWait(deps, { email: "ines@exemple.test" });
    const token = tokenFromLastMail(deps);
    const later = { ...deps, clock: fixedClock("2026-11-27T10:00:01.000Z") };
    expect(await getPasswordReset(later, token)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    const result = await resetPassword(later, token, {
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "nouveau-mot-de-passe",
    });
    expect(result).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    expect((await signIn(deps, { email: "ines@exemple.test", password: "ancien-mot-de-passe" })).ok).toBe(
      true,
    );
  });

  it("using one link also cancels the other links sent before", async () => {
    const jules = await createUser(deps.db, { email: "jules@exemple.test" });
    await requestAndWait(deps, { email: "jules@exemple.test" });
    const first = tokenFromLastMail(deps);
    await requestAndWait(deps, { email: "jules@exemple.test" });
    const second = tokenFromLastMail(deps);
    const result = await resetPassword(deps, second, {
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "nouveau-mot-de-passe",
    });
    expect(result.ok).toBe(true);
    expect(await getPasswordReset(deps, first)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    const rows = await deps.db.select().from(passwordReset).where(eq(passwordReset.userId, jules.id));
    expect(rows.every((r) => r.usedAt !== null)).toBe(true);
  });

  it("refuses a made-up token", async () => {
    expect(await getPasswordReset(deps, "n-importe-quoi")).toMatchObject({
      ok: false,
      error: "TOKEN_INVALID",
    });
  });

  it("answers before looking the account up: the mail is queued after the answer, for a known address only", async () => {
    await createUser(deps.db, { email: "karim@exemple.test" });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let queued = 0;
    // A mail queue that does not finish until released: the answer must not wait for it.
    const slowMail = {
      ...deps,
      mail: {
        enqueue: async (...args: Parameters<TestDeps["mail"]["enqueue"]>) => {
          await held;
          queued++;
          await deps.mail.enqueue(...args);
        },
      },
    };
    // The unknown address first: while the known one's mail is held, its transaction is open,
    // and the embedded database runs one transaction at a time.
    const unknown = await requestPasswordReset(slowMail, { email: "personne-ici@exemple.test" });
    if (unknown.ok) await unknown.value.queued;
    const known = await requestPasswordReset(slowMail, { email: "karim@exemple.test" });
    expect(known).toEqual({ ok: true, value: { queued: expect.any(Promise) } });
    expect(unknown).toEqual({ ok: true, value: { queued: expect.any(Promise) } });
    expect(queued).toBe(0);
    release();
    if (known.ok) await known.value.queued;
    expect(queued).toBe(1);
    expect(deps.sentMail.at(-1)?.to).toBe("karim@exemple.test");
  });
});
