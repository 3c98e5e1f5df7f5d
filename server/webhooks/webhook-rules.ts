import { createHmac, randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { isWebhookEvent, type WebhookEvent } from "../../shared/codes/webhooks";
import { fr } from "../../shared/i18n/fr";

const text = fr.webhooks.refusals;

/** A host as configured and as a URL gives it: lower case, IPv6 without brackets. */
export const normaliseHost = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");

/**
 * The endpoint's URL as typed, or the French reason it is refused: https only, except the hosts
 * of ESSAIM_WEBHOOK_ALLOWED_HOSTS (a test receiver on 127.0.0.1), no credentials in it.
 */
export function checkWebhookUrl(
  raw: string,
  allowedHosts: readonly string[],
): { url: string } | { refusal: string } {
  const typed = raw.trim();
  if (!typed) return { refusal: text.urlMissing };
  if (typed.length > 2000) return { refusal: text.urlTooLong };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { refusal: text.urlInvalid };
  }
  const allowed = allowedHosts.includes(normaliseHost(url.hostname));
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowed))
    return { refusal: text.urlNotHttps };
  if (url.username || url.password) return { refusal: text.urlCredentials };
  if (!allowed && isIP(normaliseHost(url.hostname)) && isPrivateAddress(normaliseHost(url.hostname)))
    return { refusal: text.urlPrivate };
  return { url: url.toString() };
}

/** The events ticked in the form, or the reason none is acceptable. */
export function checkWebhookEvents(
  values: readonly string[],
): { events: WebhookEvent[] } | { refusal: string } {
  const known = values.filter(isWebhookEvent);
  if (!known.length || known.length !== values.length) return { refusal: text.eventsMissing };
  const events = [...new Set(known)];
  return { events };
}

function ipv4Private(address: string): boolean {
  const [a = 0, b = 0] = address.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/**
 * Whether an IP address is private, loopback, link-local, unspecified or multicast: an endpoint
 * resolving to one would let a Fabrique's admin reach the server's own network (SSRF).
 */
export function isPrivateAddress(address: string): boolean {
  const ip = normaliseHost(address);
  if (isIP(ip) === 4) return ipv4Private(ip);
  if (isIP(ip) !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return ipv4Private(mapped[1]!);
  if (ip === "::" || ip === "::1") return true;
  const first = Number.parseInt(ip.split(":")[0] || "0", 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, the `X-Essaim-Signature` header. */
export function signWebhook(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${mac}`;
}

/** A new endpoint's secret: 32 random bytes, shown once to the admin. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;
