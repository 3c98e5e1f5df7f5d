export const SESSION_COOKIE = "essaim_session";
export const CSRF_COOKIE = "essaim_csrf";

type CookieOptions = { maxAgeSeconds?: number; secure: boolean; httpOnly?: boolean };

/** Serialise a cookie the way every Essaim cookie is set: httpOnly, SameSite=Lax, path /. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join("; ");
}

export function clearCookie(name: string, secure: boolean): string {
  return serializeCookie(name, "", { maxAgeSeconds: 0, secure });
}
