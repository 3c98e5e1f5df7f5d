import { redirect } from "react-router";
import type { Actor } from "../core/actor";
import type { EssaimLoadContext } from "./load-context";

/** Where to send someone who must sign in, keeping the page they asked for. */
export function signInPath(request: Request): string {
  const url = new URL(request.url);
  const target = `${url.pathname}${url.search}`;
  return `/connexion?redirectTo=${encodeURIComponent(target)}`;
}

/** The page where a person the network requires a second factor of enrols it (decision record 0141). */
export const SECURITY_PAGE = "/compte/securite";

/** Pages open to a person who must enrol a second factor first: enrolment, sign-out, the legal pages. */
const openWhileSecondFactorDue = [
  SECURITY_PAGE,
  "/deconnexion",
  "/mentions-legales",
  "/confidentialite",
  "/accessibilite",
  "/conditions-utilisation",
];

/**
 * Throws the redirect to the security page when the network requires a second factor of this
 * person, who has none yet, and the page is not one left open to them.
 */
export function requireSecondFactorEnrolled(
  context: Pick<EssaimLoadContext, "actor" | "secondFactorDue">,
  request: Request,
): void {
  if (!context.actor || !context.secondFactorDue) return;
  const pathname = new URL(request.url).pathname.replace(/\.data$/, "");
  if (!openWhileSecondFactorDue.includes(pathname)) throw redirect(SECURITY_PAGE);
}

/**
 * For page loaders and actions that need someone signed in: returns the actor, or throws a redirect
 * to the sign-in page that brings the user back here afterwards (or to the security page when the
 * network requires a second factor this person has not enrolled yet).
 */
export function requireActor(
  context: Pick<EssaimLoadContext, "actor"> & { secondFactorDue?: boolean },
  request: Request,
): Actor {
  if (!context.actor) throw redirect(signInPath(request));
  requireSecondFactorEnrolled(
    { actor: context.actor, secondFactorDue: context.secondFactorDue ?? false },
    request,
  );
  return context.actor;
}
