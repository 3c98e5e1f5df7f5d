import { type LookupAddress, lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { fr } from "../../shared/i18n/fr";
import { isPrivateAddress, normaliseHost } from "./webhook-rules";

/** A send that waits longer than this is given up (and retried by the queue). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Refused before any byte left: the URL resolves to a private, loopback or link-local address. */
export class WebhookBlockedError extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The resolver the request connects with: it refuses private addresses itself, so the address
 * checked is the address connected to (no second resolution a DNS rebinding could change).
 */
function guardedLookup(hostAllowed: boolean) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      if (!hostAllowed && list.some((entry) => isPrivateAddress(entry.address)))
        return callback(new WebhookBlockedError(fr.webhooks.refusals.blocked), []);
      const wantsAll = (options as { all?: boolean }).all;
      if (wantsAll) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * POSTs `body` to `url` with the given headers and answers the HTTP status. Throws on a refused
 * address, a network error or after WEBHOOK_TIMEOUT_MS. Runs with no transaction open.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  allowedHosts: readonly string[],
): Promise<number> {
  const target = new URL(url);
  const host = normaliseHost(target.hostname);
  const hostAllowed = allowedHosts.includes(host);
  if (!hostAllowed && isIP(host) && isPrivateAddress(host))
    return Promise.reject(new WebhookBlockedError(fr.webhooks.refusals.blocked));
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
        lookup: guardedLookup(hostAllowed),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
