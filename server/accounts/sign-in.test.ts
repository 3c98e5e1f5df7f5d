import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock";
import { session, user as userTable } from "../db/schema";
import { safeRedirectPath } from "../http/session-cookie";
import { createUser } from "../seed/factories";
import { signInToSession as signIn } from "../testing/opened-session";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { resolveSessionActor } from "./resolve-actor";
import { signOut } from "./sign-out";

describe("signing in and out", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("opens a 30-day session for the right password, whatever the case of the e-mail", async () => {
    const claire = await createUser(deps.db, {
      email: "Claire.Martin@exemple.test",
      password: "un-bon-mot-de-passe",
    });
    const result = await signIn(deps, {
      email: "  claire.martin@EXEMPLE.test ",
      password: "un-bon-mot-de-passe",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.userId).toBe(claire.id);
    expect(result.value.expiresAt.toISOString()).toBe("2026-12-27T09:00:00.000Z");
    const [row] = await deps.db.select().from(session).where(eq(session.id, result.value.sessionId));
    expect(row?.userId).toBe(claire.id);
    // Only the hash of the token is stored.
    expect(row?.tokenHash).not.toBe(result.value.token);

    const resolved = await resolveSessionActor(deps, result.value.token);
    expect(resolved?.actor.userId).toBe(claire.id);
    expect(resolved?.sessionId).toBe(result.value.sessionId);
  });

  it("refuses a wrong password with the French message", async () => {
    await createUser(deps.db, { email: "bruno@exemple.test", password: "un-bon-mot-de-passe" });
    const result = await signIn(deps, { email: "bruno@exemple.test", password: "pas-le-bon" });
    expect(result).toMatchObject({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const result = await signIn(deps, { email: "personne@nulle-part.test", password: "peu-importe" });
    expect(result).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    const wrong = await signIn(deps, { email: "bruno@exemple.test", password: "pas-le-bon" });
    expect(wrong).toEqual(result);
  });

  it("refuses a disabled account even with the right password", async () => {
    await createUser(deps.db, {
      email: "ancien@exemple.test",
      password: "un-bon-mot-de-passe",
      disabledAt: new Date("2026-01-01T00:00:00Z"),
    });
    const result = await signIn(deps, { email: "ancien@exemple.test", password: "un-bon-mot-de-passe" });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_CREDENTIALS",
      message: expect.stringMatching(/désactivé/),
    });
  });

  it("refuses an account that has no password yet (invitation not accepted)", async () => {
    await createUser(deps.db, { email: "invite@exemple.test", password: null });
    const result = await signIn(deps, { email: "invite@exemple.test", password: "" });
    expect(result.ok).toBe(false);
    const again = await signIn(deps, { email: "invite@exemple.test", password: "nimporte-quoi" });
    expect(again).toMatchObject({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("says in French which field is missing or malformed", async () => {
    const result = await signIn(deps, { email: "pas-une-adresse", password: "" });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: {
        email: expect.stringMatching(/adresse e-mail valide/),
        password: expect.stringMatching(/mot de passe/),
      },
    });
  });

  it("no longer resolves a session once it has expired", async () => {
    await createUser(deps.db, { email: "denise@exemple.test", password: "un-bon-mot-de-passe" });
    const result = await signIn(deps, { email: "denise@exemple.test", password: "un-bon-mot-de-passe" });
    if (!result.ok) throw new Error("sign-in failed");
    const in29Days = { ...deps, clock: fixedClock("2026-12-26T09:00:00.000Z") };
    expect(await resolveSessionActor(in29Days, result.value.token)).not.toBeNull();
    const in31Days = { ...deps, clock: fixedClock("2026-12-28T09:00:00.000Z") };
    expect(await resolveSessionActor(in31Days, result.value.token)).toBeNull();
  });

  it("does not resolve a session whose user has since been disabled", async () => {
    const user = await createUser(deps.db, { email: "eric@exemple.test", password: "un-bon-mot-de-passe" });
    const result = await signIn(deps, { email: "eric@exemple.test", password: "un-bon-mot-de-passe" });
    if (!result.ok) throw new Error("sign-in failed");
    await deps.db.update(userTable).set({ disabledAt: deps.clock.now() }).where(eq(userTable.id, user.id));
    expect(await resolveSessionActor(deps, result.value.token)).toBeNull();
  });

  it("signing out deletes the session, so the cookie no longer works", async () => {
    await createUser(deps.db, { email: "fanny@exemple.test", password: "un-bon-mot-de-passe" });
    const result = await signIn(deps, { email: "fanny@exemple.test", password: "un-bon-mot-de-passe" });
    if (!result.ok) throw new Error("sign-in failed");
    await signOut(deps, result.value.sessionId);
    expect(await resolveSessionActor(deps, result.value.token)).toBeNull();
  });
});

describe("where signing in leads", () => {
  it("follows a path on this site", () => {
    expect(safeRedirectPath("/compte?onglet=jetons")).toBe("/compte?onglet=jetons");
  });
  it("goes to the dashboard for anything else", () => {
    for (const target of [
      null,
      "",
      "https://evil.test/",
      "//evil.test",
      "/\\evil.test",
      "compte",
      "/\t/evil.test",
      "/\n/evil.test",
      // Hostile forms a probe used or could use (issue 14, hole 3): each one, resolved, names
      // another host, or could be read so by a browser or a proxy.
      "/.//evil.test",
      "/./\\evil.test",
      "/..//evil.test",
      "/a/..//evil.test",
      "/%2F%2Fevil.test",
      "%2F%2Fevil.test",
      "/%5Cevil.test",
      "/%09/evil.test",
      "https:evil.test",
      "https:/evil.test",
      "javascript:alert(1)",
      "/\r\n//evil.test",
      "/\u0000//evil.test",
      " //evil.test",
      "/ /evil.test",
      "\\/evil.test",
      "/././/evil.test",
    ]) {
      expect(safeRedirectPath(target), JSON.stringify(target)).toBe("/tableau-de-bord");
    }
  });
  it("keeps what is really a path of this site, query and fragment included", () => {
    expect(safeRedirectPath("/catalogue?q=%C3%A9picerie#resultats")).toBe(
      "/catalogue?q=%C3%A9picerie#resultats",
    );
    expect(safeRedirectPath("/projets/./123")).toBe("/projets/123");
    expect(safeRedirectPath("/catalogue?q=a%2Fb")).toBe("/catalogue?q=a%2Fb");
  });
});
