export const SESSION_COOKIE = "essaim_session";
export const CSRF_COOKIE = "essaim_csrf";
/** A sign-in started at the OpenID provider, until it comes back (decision record 0130). */
export const OIDC_COOKIE = "essaim_oidc";
/** A password checked, its TOTP code not yet (decision record 0131). */
export const SECOND_FACTOR_COOKIE = "essaim_second_factor";
/** A random token that names this browser to the accounts signed in from it (decision record 0140). */
export const DEVICE_COOKIE = "essaim_device";
/** A public submitter's receipt token (decision record 0038), sent back only to the receipt page. */
export const RECEIPT_COOKIE = "essaim_receipt";

type CookieOptions = { maxAgeSeconds?: number; secure: boolean; httpOnly?: boolean; path?: string };

/** Serialise a cookie the way every Essaim cookie is set: httpOnly, SameSite=Lax, path / unless said. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? "/"}`, "SameSite=Lax"];
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join("; ");
}

export function clearCookie(name: string, secure: boolean): string {
  return serializeCookie(name, "", { maxAgeSeconds: 0, secure });
}

/** One cookie's value from a `Cookie` request header (pages read it from the Fetch request). */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}
