import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitation, membership, session, user, userIdentity } from "../db/schema";
import { createFabrique, createUser } from "../seed/factories";
import { ProviderVisitor, startTestProvider, type TestProvider } from "../testing/oidc-test-provider";
import { openedSession, signInToSession as signIn } from "../testing/opened-session";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { finishOidcSignIn, providerCheckedSecondFactor } from "./finish-oidc-sign-in";
import { finishSecondFactorSignIn } from "./finish-second-factor-sign-in";
import { loadActor, resolveSessionActor } from "./resolve-actor";
import { generateSecretToken, hashSecretToken } from "./secret-token";
import { signOut } from "./sign-out";
import { startOidcSignIn } from "./start-oidc-sign-in";
import { startTotpEnrolment } from "./start-totp-enrolment";

const APP = "http://localhost:3000";

/**
 * Signing in through a real OpenID provider started here (`oidc-provider`): its login and consent
 * pages are filled in, the code comes back to `finishOidcSignIn` with the browser's cookie token.
 */
describe("signing in with an OpenID provider (ProConnect)", () => {
  let provider: TestProvider;
  let deps: TestDeps;
  let fabriqueId: string;

  beforeAll(async () => {
    provider = await startTestProvider({
      appBase: APP,
      people: {
        "agent-invite": { email: "Agent.Invite@collectivite.test", givenName: "Inès", usualName: "Vidal" },
        "agent-existant": { email: "marc@collectivite.test", givenName: "Marc", usualName: "Roux" },
        "non-verifie": { email: "claire@collectivite.test", emailVerified: false },
        inconnu: { email: "personne@ailleurs.test" },
        desactive: { email: "ancien@collectivite.test" },
        "autre-sujet": { email: "marc@collectivite.test" },
        "invitation-revoquee": { email: "revoquee@collectivite.test" },
        "agent-totp": { email: "totp@collectivite.test" },
      },
    });
    deps = await createTestDeps({
      config: {
        publicUrl: APP,
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          redirectBase: APP,
          name: "ProConnect",
          scopes: "openid email profile",
          emailVerified: "claim",
          mfaAcrValues: [],
        },
      },
    });
    fabriqueId = (await createFabrique(deps.db, { slug: "fabrique-rouen", name: "Fabrique de Rouen" })).id;
  });
  afterAll(async () => {
    await deps?.close();
    await provider?.close();
  });

  /** The whole round trip for one login: start, the provider's pages, the callback. */
  async function signInAs(login: string, redirectTo = "/tableau-de-bord") {
    const started = await startOidcSignIn(deps, { redirectTo });
    if (!started.ok) throw new Error(`start failed: ${started.error}`);
    const visitor = new ProviderVisitor();
    const callback = await visitor.signInAtProvider(started.value.authorizationUrl, login, APP);
    const query = new URL(callback).searchParams;
    const finished = openedSession(
      await finishOidcSignIn(deps, { cookieToken: started.value.cookieToken, query }),
    );
    return { started: started.value, query, finished, visitor };
  }

  async function invite(email: string, extra: Partial<typeof invitation.$inferInsert> = {}) {
    await deps.db.insert(invitation).values({
      tokenHash: hashSecretToken(generateSecretToken()),
      email,
      role: "officer",
      fabriqueId,
      expiresAt: new Date(deps.clock.now().getTime() + 7 * 86_400_000),
      ...extra,
    });
  }

  it("an invited agent's first sign-in creates the invited account, with the role, linked to the identity", async () => {
    await invite("agent.invite@collectivite.test");
    const { finished } = await signInAs("agent-invite", "/projets");
    expect(finished.ok).toBe(true);
    if (!finished.ok) return;
    expect(finished.value.redirectTo).toBe("/projets");
    const resolved = await resolveSessionActor(deps, finished.value.token);
    expect(resolved?.actor).toMatchObject({ email: "Agent.Invite@collectivite.test", name: "Inès Vidal" });
    expect(resolved?.actor.memberships).toEqual([expect.objectContaining({ fabriqueId, role: "officer" })]);
    const [account] = await deps.db.select().from(user).where(eq(user.id, finished.value.userId));
    expect(account?.passwordHash).toBeNull();
    const [link] = await deps.db
      .select()
      .from(userIdentity)
      .where(eq(userIdentity.userId, finished.value.userId));
    expect(link).toMatchObject({ issuer: provider.issuer, subject: "agent-invite" });
    const invitations = await deps.db
      .select()
      .from(invitation)
      .where(eq(invitation.email, "agent.invite@collectivite.test"));
    expect(invitations[0]?.acceptedAt).not.toBeNull();

    // The next sign-in finds the account by its link, not by creating anything.
    const again = await signInAs("agent-invite");
    expect(again.finished.ok && again.finished.value.userId).toBe(finished.value.userId);
    expect(
      await deps.db.select().from(user).where(eq(user.email, "Agent.Invite@collectivite.test")),
    ).toHaveLength(1);
  });

  it("an existing password account is linked by its verified e-mail, and keeps its password", async () => {
    const marc = await createUser(deps.db, {
      email: "Marc@Collectivite.test",
      password: "un-bon-mot-de-passe",
    });
    const { finished } = await signInAs("agent-existant");
    expect(finished.ok && finished.value.userId).toBe(marc.id);
    const withPassword = await signIn(deps, {
      email: "marc@collectivite.test",
      password: "un-bon-mot-de-passe",
    });
    expect(withPassword.ok).toBe(true);
  });

  it("another identity with the same e-mail is refused once the account is linked", async () => {
    const { finished } = await signInAs("autre-sujet");
    expect(finished).toMatchObject({ ok: false, error: "FORBIDDEN", details: { reason: "other-identity" } });
  });

  it("refuses an e-mail the provider does not say is verified, and creates nothing", async () => {
    await invite("claire@collectivite.test");
    const { finished } = await signInAs("non-verifie");
    expect(finished).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
      details: { reason: "email-unverified" },
    });
    if (finished.ok) return;
    expect(finished.message).toContain("n'indique pas que l'adresse claire@collectivite.test a été vérifiée");
    expect(await deps.db.select().from(user).where(eq(user.email, "claire@collectivite.test"))).toEqual([]);
  });

  it("never creates access without an account or a pending invitation", async () => {
    const before = await deps.db.select({ id: user.id }).from(user);
    const { finished } = await signInAs("inconnu");
    expect(finished).toMatchObject({ ok: false, error: "FORBIDDEN", details: { reason: "no-account" } });
    if (!finished.ok) expect(finished.message).toContain("Aucun compte Essaim ni aucune invitation en cours");
    expect(await deps.db.select({ id: user.id }).from(user)).toHaveLength(before.length);

    await invite("revoquee@collectivite.test", { revokedAt: deps.clock.now() });
    const revoked = await signInAs("invitation-revoquee");
    expect(revoked.finished).toMatchObject({ ok: false, details: { reason: "no-account" } });
  });

  it("refuses a disabled account", async () => {
    await createUser(deps.db, {
      email: "ancien@collectivite.test",
      disabledAt: new Date("2026-01-01T00:00:00Z"),
    });
    const { finished } = await signInAs("desactive");
    expect(finished).toMatchObject({ ok: false, error: "FORBIDDEN", details: { reason: "disabled" } });
  });

  it("the callback is single-use and bound to the browser that started it", async () => {
    const { started, query, finished } = await signInAs("agent-existant");
    expect(finished.ok).toBe(true);
    const replay = await finishOidcSignIn(deps, { cookieToken: started.cookieToken, query });
    expect(replay).toMatchObject({ ok: false, error: "TOKEN_INVALID" });

    const other = await startOidcSignIn(deps, { redirectTo: "/" });
    if (!other.ok) throw new Error("start failed");
    const visitor = new ProviderVisitor();
    const callback = await visitor.signInAtProvider(other.value.authorizationUrl, "agent-existant", APP);
    const stolen = new URL(callback).searchParams;
    // Another browser's cookie (or none) does not take the code.
    expect(await finishOidcSignIn(deps, { cookieToken: undefined, query: stolen })).toMatchObject({
      ok: false,
      error: "TOKEN_INVALID",
    });
    expect(await finishOidcSignIn(deps, { cookieToken: generateSecretToken(), query: stolen })).toMatchObject(
      {
        ok: false,
        error: "TOKEN_INVALID",
      },
    );
    // A tampered state is refused by the protocol checks.
    stolen.set("state", "pas-le-bon");
    expect(
      await finishOidcSignIn(deps, { cookieToken: other.value.cookieToken, query: stolen }),
    ).toMatchObject({
      ok: false,
      error: "TOKEN_INVALID",
    });
  });

  it("signing out ends Essaim's session and sends the browser to the provider's sign-out with the ID token", async () => {
    const { finished, visitor } = await signInAs("agent-existant");
    if (!finished.ok) throw new Error("sign-in failed");
    const [row] = await deps.db.select().from(session).where(eq(session.id, finished.value.sessionId));
    expect(row?.oidcIdToken).toMatch(/^ey/);

    const closed = await signOut(deps, finished.value.sessionId);
    const url = new URL(closed.ok ? (closed.value.providerSignOutUrl ?? "") : "");
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get("id_token_hint")).toBe(row?.oidcIdToken);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${APP}/`);
    expect(await resolveSessionActor(deps, finished.value.token)).toBeNull();

    // The provider accepts the request and asks to confirm; confirming brings the browser home.
    const confirm = await visitor.request(url.href);
    expect(confirm.body).toContain("Do you want to sign-out");
    const action = /<form[^>]*action="([^"]+)"/.exec(confirm.body)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1];
    const back = await visitor.follow(new URL(action!, url).href, APP, { xsrf: xsrf!, logout: "yes" });
    expect(back.url).toBe(`${APP}/`);

    // A password session has nothing to end elsewhere.
    const password = await signIn(deps, { email: "marc@collectivite.test", password: "un-bon-mot-de-passe" });
    if (!password.ok) throw new Error("sign-in failed");
    expect(await signOut(deps, password.value.sessionId)).toEqual({
      ok: true,
      value: { providerSignOutUrl: null },
    });
  });

  it("the memberships of a linked account come from Essaim, never from the identity", async () => {
    const rows = await deps.db.select().from(membership);
    expect(rows.every((row) => row.fabriqueId === fabriqueId)).toBe(true);
  });

  it("without a second factor checked by the provider, an account with TOTP gives its code after the provider", async () => {
    const row = await createUser(deps.db, { email: "totp@collectivite.test", password: null });
    const actor = (await loadActor(deps, row.id))!;
    const started = await startTotpEnrolment(deps, actor);
    if (!started.ok) throw new Error(started.error);
    const epoch = Math.floor(deps.clock.now().getTime() / 1000);
    await confirmTotpEnrolment(deps, actor, {
      code: await generate({ secret: started.value.secret, epoch: epoch - 30 }),
    });

    const begun = await startOidcSignIn(deps, { redirectTo: "/projets" });
    if (!begun.ok) throw new Error(begun.error);
    const callback = await new ProviderVisitor().signInAtProvider(
      begun.value.authorizationUrl,
      "agent-totp",
      APP,
    );
    const query = new URL(callback).searchParams;
    const finished = await finishOidcSignIn(deps, { cookieToken: begun.value.cookieToken, query });
    if (!finished.ok || finished.value.step !== "second-factor") throw new Error("expected the second step");
    expect(await deps.db.select().from(session).where(eq(session.userId, row.id))).toHaveLength(0);

    const code = await generate({ secret: started.value.secret, epoch });
    const opened = await finishSecondFactorSignIn(deps, { cookieToken: finished.value.pendingToken, code });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.redirectTo).toBe("/projets");
    const [kept] = await deps.db.select().from(session).where(eq(session.id, opened.value.sessionId));
    expect(kept).toMatchObject({ secondFactor: "totp", oidcIdToken: expect.any(String) });
  });

  it("counts the provider's own second factor only when its ID token says so", () => {
    expect(providerCheckedSecondFactor({ amr: ["pwd", "mfa"] })).toBe(true);
    expect(providerCheckedSecondFactor({ amr: ["pwd"] })).toBe(false);
    expect(providerCheckedSecondFactor({})).toBe(false);
    const acr = "https://proconnect.gouv.fr/assurance/self-asserted-2fa";
    expect(providerCheckedSecondFactor({ acr }, [])).toBe(false);
    expect(providerCheckedSecondFactor({ acr }, [acr])).toBe(true);
  });
});
