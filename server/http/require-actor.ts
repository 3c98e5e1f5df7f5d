import { redirect } from "react-router";
import type { Actor } from "../core/actor";
import type { EssaimLoadContext } from "./load-context";

/** Where to send someone who must sign in, keeping the page they asked for. */
export function signInPath(request: Request): string {
  const url = new URL(request.url);
  const target = `${url.pathname}${url.search}`;
  return `/connexion?redirectTo=${encodeURIComponent(target)}`;
}

/**
 * For page loaders and actions that need someone signed in: returns the actor, or throws a redirect
 * to the sign-in page that brings the user back here afterwards.
 */
export function requireActor(context: Pick<EssaimLoadContext, "actor">, request: Request): Actor {
  if (!context.actor) throw redirect(signInPath(request));
  return context.actor;
}
