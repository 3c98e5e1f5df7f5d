import * as client from "openid-client";
import type { OidcConfig } from "../core/config";

/** Where the provider sends people back after signing in. */
export const OIDC_CALLBACK_PATH = "/connexion/oidc/retour";

export const oidcRedirectUri = (oidc: OidcConfig) => `${oidc.redirectBase}${OIDC_CALLBACK_PATH}`;

/**
 * Plain http is accepted only for a provider on this machine (the tests' provider, a developer's):
 * anywhere else, tokens would cross the network in clear.
 */
export function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

const discovered = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's metadata and keys, discovered once per process (`.well-known/openid-configuration`);
 * a failed discovery is forgotten so the next sign-in tries again.
 */
export function providerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const insecure = isLoopbackHttp(oidc.issuer);
    found = client.discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
      execute: insecure ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

/** The origin people are sent to for signing out there, for the CSP's `form-action`. */
export async function endSessionOrigin(oidc: OidcConfig): Promise<string | null> {
  const configuration = await providerConfiguration(oidc);
  const endpoint = configuration.serverMetadata().end_session_endpoint;
  return endpoint ? new URL(endpoint).origin : null;
}
