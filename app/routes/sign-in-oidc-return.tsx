import { data, redirect } from "react-router";
import { finishOidcSignIn } from "../../server/accounts/finish-oidc-sign-in";
import { messageOf } from "../../server/core/errors";
import { OIDC_COOKIE, readCookie } from "../../server/http/cookies";
import { clearStepCookie, safeRedirectPath } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { userAgentOf } from "../accounts/account-reply";
import { deviceTokenOf, SECOND_FACTOR_PAGE, signedInHeaders } from "../accounts/signed-in-headers";
import type { Route } from "./+types/sign-in-oidc-return";

export const meta = () => [{ title: `${fr.accounts.signIn.title} — ${fr.common.appName}` }];

const statusOf = { UNAVAILABLE: 503, TOKEN_INVALID: 400, FORBIDDEN: 403 } as const;

/**
 * The OpenID provider sends the browser back here: a session for the linked (or invited) account,
 * or a page in French saying why not. The provider round trip's cookie is cleared either way.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { deps } = context;
  if (!deps.config.oidc) throw data(null, { status: 404 });
  const provider = deps.config.oidc.name;
  const finished = await finishOidcSignIn(
    deps,
    {
      cookieToken: readCookie(request.headers.get("cookie"), OIDC_COOKIE),
      query: new URL(request.url).searchParams,
    },
    { userAgent: userAgentOf(request), deviceToken: deviceTokenOf(request) },
  );
  const headers = new Headers({ "Set-Cookie": clearStepCookie(deps.config, OIDC_COOKIE) });
  if (!finished.ok) {
    const message = finished.message ?? messageOf(finished.error);
    return data({ provider, message }, { status: statusOf[finished.error], headers });
  }
  signedInHeaders(deps, finished.value, headers);
  // No second factor checked by the provider and Essaim's TOTP enrolled: the code's page (0141).
  if (finished.value.step === "second-factor") throw redirect(SECOND_FACTOR_PAGE, { headers });
  throw redirect(safeRedirectPath(finished.value.redirectTo), { headers });
}

export { OidcRefusal as default } from "../accounts/oidc-refusal";
