import { eq } from "drizzle-orm";
import * as client from "openid-client";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { session } from "../db/schema";
import { providerConfiguration } from "./oidc-provider-config";

/**
 * Close one browser session (the cookie is cleared by the caller). A session opened through the
 * OpenID provider also gives the address of the provider's sign-out (RP-initiated logout, with
 * the ID token as hint) so the caller sends the browser there: both sessions end.
 */
export async function signOut(
  deps: Pick<Deps, "db" | "config"> & Partial<Pick<Deps, "log">>,
  sessionId: string | null,
): Promise<Result<{ providerSignOutUrl: string | null }, never>> {
  if (!sessionId) return ok({ providerSignOutUrl: null });
  const [closed] = await deps.db
    .delete(session)
    .where(eq(session.id, sessionId))
    .returning({ oidcIdToken: session.oidcIdToken });
  const oidc = deps.config.oidc;
  if (!closed?.oidcIdToken || !oidc) return ok({ providerSignOutUrl: null });
  try {
    const configuration = await providerConfiguration(oidc);
    if (!configuration.serverMetadata().end_session_endpoint) return ok({ providerSignOutUrl: null });
    const url = client.buildEndSessionUrl(configuration, {
      id_token_hint: closed.oidcIdToken,
      post_logout_redirect_uri: `${oidc.redirectBase}/`,
    });
    return ok({ providerSignOutUrl: url.href });
  } catch (error) {
    // Essaim's session is closed whatever happens; the provider's stays open if it cannot be reached.
    deps.log?.warn({ err: error, issuer: oidc.issuer }, "OpenID provider sign-out unavailable");
    return ok({ providerSignOutUrl: null });
  }
}
