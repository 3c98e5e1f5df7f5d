import * as client from "openid-client";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { oidcSignIn } from "../db/schema";
import { oidcRedirectUri, providerConfiguration } from "./oidc-provider-config";
import { generateSecretToken, hashSecretToken } from "./secret-token";

/** Minutes a person has to sign in at the provider and come back. */
export const OIDC_SIGN_IN_MINUTES = 10;

/**
 * Send a person to the provider: a fresh state, nonce and PKCE verifier are stored under the hash
 * of a random token the browser keeps in a cookie (the callback must come back to the same
 * browser). UNAVAILABLE when no provider is configured or it cannot be reached.
 */
export async function startOidcSignIn(
  deps: Pick<Deps, "db" | "clock" | "config" | "log">,
  /** `redirectTo`: a path on this site, already checked by the caller (`safeRedirectPath`). */
  input: { redirectTo: string },
): Promise<Result<{ authorizationUrl: string; cookieToken: string; expiresAt: Date }, "UNAVAILABLE">> {
  const oidc = deps.config.oidc;
  if (!oidc) return fail("UNAVAILABLE");
  let configuration: client.Configuration;
  try {
    configuration = await providerConfiguration(oidc);
  } catch (error) {
    deps.log.warn({ err: error, issuer: oidc.issuer }, "OpenID provider discovery failed");
    return fail("UNAVAILABLE");
  }
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(oidc),
    scope: oidc.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const cookieToken = generateSecretToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + OIDC_SIGN_IN_MINUTES * 60_000);
  await deps.db.insert(oidcSignIn).values({
    tokenHash: hashSecretToken(cookieToken),
    state,
    nonce,
    codeVerifier,
    redirectTo: input.redirectTo,
    createdAt: now,
    expiresAt,
  });
  return ok({ authorizationUrl: authorizationUrl.href, cookieToken, expiresAt });
}
