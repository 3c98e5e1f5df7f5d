import { Form, isRouteErrorResponse, NavLink, Outlet, useRouteError } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";
import { useRootData } from "../ui/use-root-data";

/**
 * Header, navigation and footer around every page; works without JavaScript. The public sees the
 * public parts (catalogue, territories); a signed-in user the domains their roles open.
 */
export default function Shell() {
  return (
    <ShellFrame>
      <Outlet />
    </ShellFrame>
  );
}

/** A page that failed (404 for what does not exist or is not yours) keeps the header and navigation. */
export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? fr.common.notFoundTitle : fr.common.errorTitle;
  return (
    <ShellFrame>
      <title>{`${title} — ${fr.common.appName}`}</title>
      <h1>{title}</h1>
      <p>{notFound ? fr.common.notFoundBody : fr.common.errorBody}</p>
      <p>
        <a href="/">{fr.common.home}</a>
      </p>
    </ShellFrame>
  );
}

function ShellFrame({ children }: { children: React.ReactNode }) {
  const { actor } = useRootData();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {fr.common.skipToContent}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="brand" href="/">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{fr.common.appName}</span>
          </a>
          {actor ? (
            <div className="user-menu">
              <NavLink to="/compte">{actor.name}</NavLink>
              <Form method="post" action="/deconnexion">
                <CsrfInput />
                <button type="submit" className="button button--link">
                  {fr.common.signOut}
                </button>
              </Form>
            </div>
          ) : (
            <NavLink className="button" to="/connexion">
              {fr.common.signIn}
            </NavLink>
          )}
        </div>
        <nav className="main-nav" aria-label={fr.common.mainNav}>
          <ul className="container">
            {actor ? (
              <li>
                <NavLink to="/tableau-de-bord">{fr.common.dashboard}</NavLink>
              </li>
            ) : (
              <li>
                <NavLink to="/" end>
                  {fr.common.home}
                </NavLink>
              </li>
            )}
            <li>
              <NavLink to="/catalogue">{fr.common.nav.catalogue}</NavLink>
            </li>
            <li>
              <NavLink to="/territoires">{fr.common.nav.territories}</NavLink>
            </li>
            {actor &&
            (actor.isNetworkAnimator ||
              actor.memberships.some((m) => m.initiativeId === null && m.role !== "carrier")) ? (
              <li>
                <NavLink to="/signaux">{fr.common.nav.signals}</NavLink>
              </li>
            ) : null}
            {actor ? (
              <li>
                <NavLink to="/projets">{fr.common.nav.initiatives}</NavLink>
              </li>
            ) : null}
            {actor ? (
              <li>
                <NavLink to="/reunions">{fr.common.nav.meetings}</NavLink>
              </li>
            ) : null}
            {actor &&
            (actor.isNetworkAnimator ||
              actor.memberships.some((m) => m.role === "admin" || m.role === "officer")) ? (
              <li>
                <NavLink to="/acteurs">{fr.common.nav.organisations}</NavLink>
              </li>
            ) : null}
            {actor &&
            (actor.isNetworkAnimator ||
              actor.memberships.some((m) => m.initiativeId === null && m.role !== "carrier")) ? (
              <li>
                <NavLink to="/rapports">{fr.common.nav.reports}</NavLink>
              </li>
            ) : null}
            {actor?.isNetworkAnimator ? (
              <>
                <li>
                  <NavLink to="/reseau">{fr.common.nav.network}</NavLink>
                </li>
                <li>
                  <NavLink to="/reseau/courriels">{fr.common.nav.outbox}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="contenu" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {fr.common.appName} — {fr.common.tagline}
          </p>
          <nav aria-label={fr.common.footerNav}>
            <a href="/api/v1/openapi.json">API</a> · <a href="/donnees-ouvertes">{fr.openData.linkLabel}</a>
          </nav>
        </div>
      </footer>
    </>
  );
}
