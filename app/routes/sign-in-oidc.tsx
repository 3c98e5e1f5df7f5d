import { data, redirect } from "react-router";
import { startOidcSignIn } from "../../server/accounts/start-oidc-sign-in";
import { OIDC_COOKIE } from "../../server/http/cookies";
import { safeRedirectPath, stepCookie } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Route } from "./+types/sign-in-oidc";

const text = fr.accounts.oidc;

export const meta = () => [{ title: `${fr.accounts.signIn.title} — ${fr.common.appName}` }];

/** Send the browser to the OpenID provider (ProConnect); a page in French when it cannot be reached. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { deps } = context;
  const provider = deps.config.oidc?.name ?? "";
  if (!deps.config.oidc) throw data(null, { status: 404 });
  const started = await startOidcSignIn(deps, {
    redirectTo: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")),
  });
  if (!started.ok) {
    return data({ provider, message: t(text.unavailable, { provider }) }, { status: 503 });
  }
  const { cookieToken, expiresAt, authorizationUrl } = started.value;
  throw redirect(authorizationUrl, {
    headers: { "Set-Cookie": stepCookie(deps.config, OIDC_COOKIE, cookieToken, expiresAt, deps.clock.now()) },
  });
}

export { OidcRefusal as default } from "../accounts/oidc-refusal";
