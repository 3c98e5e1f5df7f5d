import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import * as client from "openid-client";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { OidcConfig } from "../core/config";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import { invitation, oidcSignIn, user, userIdentity } from "../db/schema";
import { grantRole } from "./accept-invitation";
import { type CreatedSession, createSession } from "./create-session";
import {
  decideLink,
  emailIsVerified,
  type LinkDecision,
  type LinkFacts,
  nameFromClaims,
} from "./oidc-link-rules";
import { oidcRedirectUri, providerConfiguration } from "./oidc-provider-config";
import { createPendingSignIn, type PendingSecondFactor } from "./pending-sign-in";
import { hasConfirmedTotp } from "./second-factor-requirement";
import { hashSecretToken } from "./secret-token";
import { noteSignInDevice } from "./sign-in-device";

type Claims = Record<string, unknown>;
type Identity = { issuer: string; subject: string; email: string | null; claims: Claims; idToken: string };
type FinishDeps = Pick<Deps, "db" | "clock" | "config" | "log">;

export type FinishedOidcSignIn =
  | ({ step: "session"; userId: string; redirectTo: string; deviceToken: string } & CreatedSession)
  | PendingSecondFactor;

/**
 * The provider sent the person back: check the answer against the stored state, nonce and PKCE
 * verifier (single use, bound to the browser's cookie), exchange the code, read the identity and
 * apply the linking rules (`oidc-link-rules.ts`). A session is opened only for an account that
 * existed, or that a pending invitation for the verified e-mail creates.
 */
export async function finishOidcSignIn(
  deps: FinishDeps,
  input: { cookieToken: string | undefined; query: URLSearchParams },
  options: { userAgent?: string | null; deviceToken?: string | null } = {},
): Promise<Result<FinishedOidcSignIn, "UNAVAILABLE" | "TOKEN_INVALID" | "FORBIDDEN">> {
  const oidc = deps.config.oidc;
  if (!oidc) return fail("UNAVAILABLE");
  const provider = { provider: oidc.name };
  if (!input.cookieToken) return fail("TOKEN_INVALID", { message: t(fr.accounts.oidc.expired, provider) });
  const now = deps.clock.now();
  await deps.db.delete(oidcSignIn).where(lt(oidcSignIn.expiresAt, now));
  const [started] = await deps.db
    .delete(oidcSignIn)
    .where(and(eq(oidcSignIn.tokenHash, hashSecretToken(input.cookieToken)), gt(oidcSignIn.expiresAt, now)))
    .returning();
  if (!started) return fail("TOKEN_INVALID", { message: t(fr.accounts.oidc.expired, provider) });

  const identity = await readIdentity(deps, oidc, input.query, started);
  if (!identity.ok) return identity;
  const decision = decideLink(await linkFacts(deps.db, identity.value, oidc, now));
  if (decision.kind === "refuse") {
    const template = fr.accounts.oidc.refusals[decision.reason];
    return fail("FORBIDDEN", {
      message: t(template, { ...provider, email: identity.value.email ?? "" }),
      details: { reason: decision.reason },
    });
  }
  return deps.db.transaction(async (tx) => {
    const userId = await applyDecision(tx, decision, identity.value, now);
    const federation = providerCheckedSecondFactor(identity.value.claims, oidc.mfaAcrValues);
    // The provider did not say it checked a second factor: a person with Essaim's TOTP gives its code (0141).
    if (!federation && (await hasConfirmedTotp({ db: tx }, userId))) {
      const pending = await createPendingSignIn(deps, tx, {
        userId,
        redirectTo: started.redirectTo,
        userAgent: options.userAgent,
        oidcIdToken: identity.value.idToken,
      });
      return ok(pending);
    }
    const session = await createSession(deps, userId, {
      userAgent: options.userAgent,
      db: tx,
      oidcIdToken: identity.value.idToken,
      secondFactor: federation ? "federation" : null,
    });
    if (!session.ok) return session;
    const deviceToken = await noteSignInDevice(deps, tx, { ...options, userId, method: "oidc" });
    return ok({
      step: "session" as const,
      ...session.value,
      userId,
      redirectTo: started.redirectTo,
      deviceToken,
    });
  });
}

/**
 * Whether the provider says it checked a second factor: `amr` (RFC 8176) holds `mfa`, or `acr`
 * is one of the values configured as such (`ESSAIM_OIDC_MFA_ACR`, decision record 0141).
 */
export function providerCheckedSecondFactor(claims: Claims, mfaAcrValues: readonly string[] = []): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  if (amr.includes("mfa")) return true;
  return typeof claims.acr === "string" && mfaAcrValues.includes(claims.acr);
}

/** Exchange the code and read the identity: the ID token's claims over the UserInfo answer. */
async function readIdentity(
  deps: FinishDeps,
  oidc: OidcConfig,
  query: URLSearchParams,
  started: typeof oidcSignIn.$inferSelect,
): Promise<Result<Identity, "UNAVAILABLE" | "TOKEN_INVALID">> {
  let configuration: client.Configuration;
  try {
    configuration = await providerConfiguration(oidc);
  } catch (error) {
    deps.log.warn({ err: error, issuer: oidc.issuer }, "OpenID provider discovery failed");
    return fail("UNAVAILABLE", { message: t(fr.accounts.oidc.unavailable, { provider: oidc.name }) });
  }
  try {
    const currentUrl = new URL(`${oidcRedirectUri(oidc)}?${query.toString()}`);
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: started.codeVerifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const userInfo = configuration.serverMetadata().userinfo_endpoint
      ? await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
      : {};
    const claims: Claims = { ...userInfo, ...idClaims };
    const email = typeof claims.email === "string" ? claims.email.trim() : null;
    return ok({ issuer: idClaims.iss, subject: idClaims.sub, email, claims, idToken: tokens.id_token! });
  } catch (error) {
    deps.log.warn({ err: error, issuer: oidc.issuer }, "OpenID sign-in refused");
    return fail("TOKEN_INVALID", { message: t(fr.accounts.oidc.providerError, { provider: oidc.name }) });
  }
}

async function linkFacts(db: Db, identity: Identity, oidc: OidcConfig, now: Date): Promise<LinkFacts> {
  const [linked] = await db
    .select({ userId: user.id, disabledAt: user.disabledAt })
    .from(userIdentity)
    .innerJoin(user, eq(user.id, userIdentity.userId))
    .where(and(eq(userIdentity.issuer, identity.issuer), eq(userIdentity.subject, identity.subject)));
  const email = identity.email?.toLowerCase() ?? "";
  const [account] = await db
    .select({ userId: user.id, disabledAt: user.disabledAt, otherSubject: userIdentity.subject })
    .from(user)
    .leftJoin(userIdentity, and(eq(userIdentity.userId, user.id), eq(userIdentity.issuer, identity.issuer)))
    .where(sql`lower(${user.email}) = ${email}`);
  const [pending] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(invitation)
    .where(and(sql`lower(${invitation.email}) = ${email}`, ...pendingInvitation(now)));
  return {
    linked: linked ? { userId: linked.userId, disabled: linked.disabledAt !== null } : null,
    email: identity.email,
    emailVerified: emailIsVerified(identity.claims, oidc.emailVerified),
    account: account
      ? {
          userId: account.userId,
          disabled: account.disabledAt !== null,
          linkedToAnotherSubject: !!account.otherSubject,
        }
      : null,
    pendingInvitations: pending?.count ?? 0,
  };
}

const pendingInvitation = (now: Date) => [
  isNull(invitation.acceptedAt),
  isNull(invitation.revokedAt),
  gt(invitation.expiresAt, now),
];

/** Write what the decision says: the link, or the account its invitations create. */
async function applyDecision(
  tx: Db,
  decision: Exclude<LinkDecision, { kind: "refuse" }>,
  identity: Identity,
  now: Date,
): Promise<string> {
  const where = and(eq(userIdentity.issuer, identity.issuer), eq(userIdentity.subject, identity.subject));
  if (decision.kind === "sign-in") {
    await tx.update(userIdentity).set({ lastSignInAt: now }).where(where);
    return decision.userId;
  }
  const email = identity.email!;
  let userId: string;
  if (decision.kind === "link") {
    userId = decision.userId;
  } else {
    const [created] = await tx
      .insert(user)
      .values({ email, name: nameFromClaims(identity.claims, email), passwordHash: null, createdAt: now })
      .returning({ id: user.id });
    userId = created!.id;
    const claimed = await tx
      .update(invitation)
      .set({ acceptedAt: now })
      .where(and(sql`lower(${invitation.email}) = ${email.toLowerCase()}`, ...pendingInvitation(now)))
      .returning();
    for (const one of claimed) await grantRole(tx, one, userId, now);
  }
  await tx.insert(userIdentity).values({
    userId,
    issuer: identity.issuer,
    subject: identity.subject,
    emailAtLink: email,
    createdAt: now,
    lastSignInAt: now,
  });
  return userId;
}
