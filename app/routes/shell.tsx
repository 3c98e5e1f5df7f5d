import { Form, isRouteErrorResponse, NavLink, Outlet, useRouteError } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { RootData } from "../root";
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

type ShellActor = NonNullable<RootData["actor"]>;

/** The main navigation's links for this reader: the public parts, then what their roles open. */
function navLinks(actor: ShellActor | null): { to: string; label: string; end?: boolean }[] {
  const nav = fr.common.nav;
  const inTeam =
    !!actor &&
    (actor.isNetworkAnimator ||
      actor.memberships.some((m) => m.initiativeId === null && m.role !== "carrier"));
  const runsFabrique =
    !!actor &&
    (actor.isNetworkAnimator || actor.memberships.some((m) => m.role === "admin" || m.role === "officer"));
  return [
    actor
      ? { to: "/tableau-de-bord", label: fr.common.dashboard }
      : { to: "/", label: fr.common.home, end: true },
    { to: "/catalogue", label: nav.catalogue },
    { to: "/territoires", label: nav.territories },
    ...(inTeam ? [{ to: "/signaux", label: nav.signals }] : []),
    ...(actor ? [{ to: "/projets", label: nav.initiatives }] : []),
    ...(actor ? [{ to: "/reunions", label: nav.meetings }] : []),
    ...(runsFabrique ? [{ to: "/acteurs", label: nav.organisations }] : []),
    ...(inTeam ? [{ to: "/rapports", label: nav.reports }] : []),
    ...(actor?.isNetworkAnimator
      ? [
          { to: "/reseau", label: nav.network },
          { to: "/reseau/courriels", label: nav.outbox },
        ]
      : []),
  ];
}

/** The signed-in user's name (their account) and the sign-out button; else the sign-in link. */
function UserMenu({ actor, unread }: { actor: ShellActor | null; unread: number }) {
  if (!actor)
    return (
      <NavLink className="button" to="/connexion">
        {fr.common.signIn}
      </NavLink>
    );
  return (
    <div className="user-menu">
      <NavLink
        to="/notifications"
        className="bell"
        aria-label={unread ? t(fr.notifications.bellUnread, { count: unread }) : fr.notifications.bell}
      >
        <span aria-hidden="true">🔔</span>
        {unread ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </NavLink>
      <NavLink to="/compte">{actor.name}</NavLink>
      <Form method="post" action="/deconnexion">
        <CsrfInput />
        <button type="submit" className="button button--link">
          {fr.common.signOut}
        </button>
      </Form>
    </div>
  );
}

function ShellFrame({ children }: { children: React.ReactNode }) {
  const { actor, unreadNotifications } = useRootData();
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
          <UserMenu actor={actor} unread={unreadNotifications} />
        </div>
        <nav className="main-nav" aria-label={fr.common.mainNav}>
          <ul className="container">
            {navLinks(actor).map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
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
            <a href="/api/v1/openapi.json">API</a> · <a href="/donnees-ouvertes">{fr.openData.linkLabel}</a> ·{" "}
            <a href="/mentions-legales">{fr.legal.footer.notice}</a> ·{" "}
            <a href="/confidentialite">{fr.legal.footer.privacy}</a> ·{" "}
            <a href="/accessibilite">{fr.legal.footer.accessibility}</a> ·{" "}
            <a href="/conditions-utilisation">{fr.legal.footer.terms}</a>
          </nav>
        </div>
      </footer>
    </>
  );
}
