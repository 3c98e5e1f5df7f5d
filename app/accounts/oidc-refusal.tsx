import { useLoaderData } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** Why signing in through the OpenID provider did not open a session, and the way back. */
export function OidcRefusal() {
  const { provider, message } = useLoaderData() as { provider: string; message: string };
  return (
    <div className="stack">
      <h1>{t(fr.accounts.oidc.refusedTitle, { provider })}</h1>
      <div className="notice notice--warning" role="alert">
        <p>{message}</p>
      </div>
      <p>
        <a href="/connexion">{fr.accounts.oidc.backToSignIn}</a>
      </p>
    </div>
  );
}
