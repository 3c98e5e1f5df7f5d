import type { Config } from "../core/config";
import { clearCookie, SESSION_COOKIE, serializeCookie } from "../http/cookies";

const isHttps = (config: Pick<Config, "publicUrl">) => config.publicUrl.startsWith("https://");

/** The `Set-Cookie` value that carries a session token (httpOnly, SameSite=Lax, Secure over https). */
export function sessionCookie(
  config: Pick<Config, "publicUrl">,
  token: string,
  expiresAt: Date,
  now: Date,
): string {
  const maxAgeSeconds = Math.max(0, Math.round((expiresAt.getTime() - now.getTime()) / 1000));
  return serializeCookie(SESSION_COOKIE, token, { secure: isHttps(config), maxAgeSeconds });
}

export function clearSessionCookie(config: Pick<Config, "publicUrl">): string {
  return clearCookie(SESSION_COOKIE, isHttps(config));
}

/**
 * Where to go after signing in: only a path on this site (`/…` but not `//…` nor `/\…`, which
 * browsers treat as another host), otherwise the dashboard. The path is also resolved the way a
 * browser would (which drops tabs and newlines) to be sure it stays on this origin.
 */
export function safeRedirectPath(target: string | null | undefined, fallback = "/tableau-de-bord"): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  const base = "http://essaim.invalid";
  try {
    const resolved = new URL(target, base);
    if (resolved.origin !== base) return fallback;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return fallback;
  }
}
