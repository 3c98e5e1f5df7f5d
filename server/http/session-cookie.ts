import { DEVICE_COOKIE_DAYS } from "../accounts/sign-in-device";
import type { Config } from "../core/config";
import { clearCookie, DEVICE_COOKIE, SESSION_COOKIE, serializeCookie } from "./cookies";

export { isHttps };

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

/** A short-lived cookie of a sign-in step (provider round trip, second factor). */
export function stepCookie(
  config: Pick<Config, "publicUrl">,
  name: string,
  token: string,
  expiresAt: Date,
  now: Date,
) {
  const maxAgeSeconds = Math.max(0, Math.round((expiresAt.getTime() - now.getTime()) / 1000));
  return serializeCookie(name, token, { secure: isHttps(config), maxAgeSeconds });
}

export function clearStepCookie(config: Pick<Config, "publicUrl">, name: string): string {
  return clearCookie(name, isHttps(config));
}

export function deviceCookie(config: Pick<Config, "publicUrl">, token: string): string {
  return serializeCookie(DEVICE_COOKIE, token, {
    secure: isHttps(config),
    maxAgeSeconds: DEVICE_COOKIE_DAYS * 86_400,
  });
}

export function clearSessionCookie(config: Pick<Config, "publicUrl">): string {
  return clearCookie(SESSION_COOKIE, isHttps(config));
}

/**
 * Where to go after signing in: only a path on this site, otherwise the dashboard. Refused: any
 * control character, space or backslash (browsers drop tabs and newlines and read `\` as `/`), an
 * encoded slash or backslash in the path, and anything that does not start with a single `/`. What is left is
 * resolved the way a browser would, and the result must itself be such a path: `/.//evil.example`
 * resolves to `//evil.example`, another host (issue 14, hole 3).
 */
export function safeRedirectPath(target: string | null | undefined, fallback = "/tableau-de-bord"): string {
  if (!target || !isPlainPath(target)) return fallback;
  const base = "http://essaim.invalid";
  try {
    const resolved = new URL(target, base);
    const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    return resolved.origin === base && isPlainPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** Starts with one `/`, and holds no character or escape a browser could turn into another host. */
function isPlainPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//")) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return false;
  const pathname = value.split(/[?#]/, 1)[0] ?? "";
  return !/%(2f|5c|09|0a|0d|00)/i.test(pathname);
}
