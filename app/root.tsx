import "./load-context";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
} from "react-router";
import { requireSecondFactorEnrolled } from "../server/http/require-actor";
import { countUnreadNotifications } from "../server/notifications/list-notifications";
import { fr } from "../shared/i18n/fr";
import type { Route } from "./+types/root";
import stylesheet from "./styles.css?url";

export const links = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Who is signed in and the CSRF token every form carries; read by the shell and forms. */
export async function loader({ context, request }: Route.LoaderArgs) {
  // A person the network requires a second factor of, who has none yet, sees only its enrolment (0141).
  requireSecondFactorEnrolled(context, request);
  const { actor, csrfToken } = context;
  return {
    csrfToken,
    /** The bell's figure: the signed-in person's unread notifications. */
    unreadNotifications: actor ? await countUnreadNotifications(context.deps, actor) : 0,
    nonce: context.nonce,
    actor: actor
      ? {
          name: actor.name,
          email: actor.email,
          isNetworkAnimator: actor.isNetworkAnimator,
          memberships: actor.memberships.map((m) => ({
            fabriqueSlug: m.fabriqueSlug,
            fabriqueName: m.fabriqueName,
            role: m.role,
            initiativeId: m.initiativeId,
          })),
        }
      : null,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useLoaderData<typeof loader>() as RootData | undefined;
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links nonce={data?.nonce} />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={data?.nonce} />
        <Scripts nonce={data?.nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? fr.common.notFoundTitle : fr.common.errorTitle;
  return (
    <main id="contenu" className="container">
      <title>{`${title} — ${fr.common.appName}`}</title>
      <h1>{title}</h1>
      <p>{notFound ? fr.common.notFoundBody : fr.common.errorBody}</p>
      <p>
        <a href="/">{fr.common.home}</a>
      </p>
    </main>
  );
}
