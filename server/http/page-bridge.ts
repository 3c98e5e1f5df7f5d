import { randomBytes, timingSafeEqual } from "node:crypto";
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createRequestHandler, type ServerBuild } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { resolveSessionActor } from "../accounts/resolve-actor";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../core/database-unavailable";
import type { Deps } from "../core/deps";
import { currentGeneration } from "../core/read-cache";
import { hasNulByte } from "../core/validation";
import { CSRF_COOKIE, SESSION_COOKIE, serializeCookie } from "./cookies";
import type { EssaimLoadContext } from "./load-context";
import { fillHoles, PageCache, pageMarks, splitAtMarks, visitorPageKey } from "./page-cache";
import { pageUrlForReference } from "./reference-params";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function toFetchRequest(request: FastifyRequest, origin: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const controller = new AbortController();
  request.raw.once("close", () => {
    if (!request.raw.complete) controller.abort();
  });
  const init: RequestInit = { method: request.method, headers, signal: controller.signal };
  if (request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined) {
    const body = request.body;
    init.body = Buffer.isBuffer(body)
      ? new Uint8Array(body)
      : typeof body === "string"
        ? body
        : JSON.stringify(body);
  }
  return new Request(new URL(request.url, origin), init);
}

async function csrfTokenOf(request: Request): Promise<string | null> {
  const header = request.headers.get("x-csrf-token");
  if (header) return header;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await request.clone().formData();
    const value = form.get("_csrf");
    return typeof value === "string" ? value : null;
  }
  return null;
}

/** The French page a visitor sees while the database does not answer: 503 with `Retry-After`. */
function unavailablePage(reply: FastifyReply) {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${fr.errors.unavailableTitle}</title></head><body><main><h1>${fr.errors.unavailableTitle}</h1><p>${fr.errors.UNAVAILABLE}</p></main></body></html>`;
  return reply
    .code(503)
    .header("retry-after", String(RETRY_AFTER_SECONDS))
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(html);
}

/** A page answered 500: was it because the database does not answer? */
async function databaseDown(deps: Deps): Promise<boolean> {
  try {
    await deps.database.pool.query("select 1");
    return false;
  } catch (error) {
    return isDatabaseUnavailable(error);
  }
}

/** A plain French page for a post refused before React Router sees it. */
function rejection(reply: FastifyReply, status: number, message: string) {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1><p><a href="javascript:history.back()">${fr.common.back}</a></p></main></body></html>`;
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Whether a page request carries a NUL byte in its path, its query or a text field of its form:
 * PostgreSQL refuses NUL in any text, so it is refused here, once for every loader and action
 * (file contents are not text fields and are left to their importers).
 */
async function carriesNulByte(request: Request): Promise<boolean> {
  const url = new URL(request.url);
  if (hasNulByte(decoded(url.pathname))) return true;
  for (const [key, value] of url.searchParams) if (hasNulByte(key) || hasNulByte(value)) return true;
  if (!unsafeMethods.has(request.method)) return false;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data"))
    return false;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  for (const [key, value] of form ?? []) {
    if (hasNulByte(key) || (typeof value === "string" && hasNulByte(value))) return true;
  }
  return false;
}

/** A page's status and headers as React Router answered them, cookies aside. */
type PageHead = { status: number; headers: [string, string][] };

function headOf(response: Response): PageHead {
  const headers: [string, string][] = [];
  for (const [key, value] of response.headers) if (key !== "set-cookie") headers.push([key, value]);
  return { status: response.status, headers };
}

/** Sends a page: its status and headers, this request's cookies, never kept by a shared cache. */
function sendPage(reply: FastifyReply, head: PageHead, cookies: string[], body: Buffer | Readable | null) {
  reply.code(head.status);
  let cacheControl = false;
  for (const [key, value] of head.headers) {
    reply.header(key, value);
    if (key === "cache-control") cacheControl = true;
  }
  if (cookies.length) reply.header("set-cookie", cookies);
  // Pages depend on who is signed in: never cache them in a shared cache.
  if (!cacheControl) reply.header("cache-control", "private, no-store");
  return body ? reply.send(body) : reply.send();
}

/**
 * The catalogue's generation for a visitor's page (0045, 0075); undefined when the database does
 * not answer (the caller answers the unavailable page).
 */
async function generationFor(deps: Deps, request: FastifyRequest): Promise<number | null | undefined> {
  try {
    return await currentGeneration(deps.db, "catalogue");
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    request.log.error({ err: error }, "database unavailable");
    return undefined;
  }
}

/**
 * A visitor's catalogue page rendered with the marks in place of its nonce and CSRF token, kept
 * when it is a plain success, then sent with this response's own values (decision record 0075).
 */
async function keepAndSend(
  reply: FastifyReply,
  response: Response,
  kept: { cache: PageCache; key: string; generation: number | null },
  values: { nonce: string; csrfToken: string },
  cookies: string[],
) {
  const document = splitAtMarks(Buffer.from(await response.arrayBuffer()));
  const head = headOf(response);
  const plain = response.status === 200 && !response.headers.has("set-cookie");
  if (plain && kept.generation !== null) {
    const bytes = document.parts.reduce((sum, part) => sum + part.length, kept.key.length);
    kept.cache.keep(kept.key, { ...document, ...head, generation: kept.generation, bytes });
  }
  return sendPage(reply, head, [...cookies, ...response.headers.getSetCookie()], fillHoles(document, values));
}

/** What the load context says about the person signed in (decision record 0141 for the last). */
const signedIn = (resolved: Awaited<ReturnType<typeof resolveSessionActor>>) => ({
  actor: resolved?.actor ?? null,
  sessionId: resolved?.sessionId ?? null,
  secondFactorDue: resolved?.secondFactorDue ?? false,
});

/** The session of a page request, or the unavailable page when the database does not answer. */
async function sessionOf(deps: Deps, request: FastifyRequest) {
  try {
    return { resolved: await resolveSessionActor(deps, request.cookies[SESSION_COOKIE]) };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    request.log.error({ err: error }, "database unavailable");
    return null;
  }
}

/**
 * Hands every page request to React Router. Resolves the session into an actor, enforces the
 * double-submit CSRF token on every form post, and passes a CSP nonce for inline scripts. A
 * visitor's catalogue page is answered from the page cache while the catalogue is unchanged (0075).
 */
export function registerPageBridge(app: FastifyInstance, deps: Deps, build: ServerBuild): void {
  const handle = createRequestHandler(build, deps.config.env === "production" ? "production" : "development");
  const secure = deps.config.publicUrl.startsWith("https://");
  const pageCache = deps.config.pageCacheBytes > 0 ? new PageCache(deps.config.pageCacheBytes) : null;

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    let csrfToken = request.cookies[CSRF_COOKIE];
    const setCookies: string[] = [];
    if (!csrfToken || csrfToken.length < 32) {
      csrfToken = randomBytes(24).toString("base64url");
      setCookies.push(serializeCookie(CSRF_COOKIE, csrfToken, { secure }));
    }
    const nonce = (request.raw as unknown as { cspNonce: string }).cspNonce;
    const key = pageCache && visitorPageKey(request.method, request.url, request.cookies[SESSION_COOKIE]);
    let generation: number | null = null;
    if (key) {
      const read = await generationFor(deps, request);
      if (read === undefined) return unavailablePage(reply);
      generation = read;
      const page = generation === null ? undefined : pageCache.get(key, generation);
      reply.header("x-essaim-page-cache", page ? "hit" : "miss");
      if (page) return sendPage(reply, page, setCookies, fillHoles(page, { nonce, csrfToken }));
    }

    const fetchRequest = toFetchRequest(request, `${request.protocol}://${request.host}`);
    if (unsafeMethods.has(request.method)) {
      const sent = await csrfTokenOf(fetchRequest);
      if (!sent || !sameToken(sent, csrfToken)) {
        request.log.warn({ path: request.url }, "form post rejected: missing or wrong CSRF token");
        return rejection(reply, 403, fr.errors.CSRF);
      }
    }
    if (await carriesNulByte(fetchRequest)) return rejection(reply, 400, fr.validation.nulBytePage);

    const session = await sessionOf(deps, request);
    if (!session) return unavailablePage(reply);
    const context: EssaimLoadContext = {
      deps,
      ...signedIn(session.resolved),
      // A page that may be kept is rendered with marks, never with this visitor's own values.
      csrfToken: key ? pageMarks.csrfToken : csrfToken,
      nonce: key ? pageMarks.nonce : nonce,
      requestId: String(request.id),
      ip: request.ip,
    };
    if (request.method === "GET") {
      // `/signaux/ADR-2026-0001` as people read it out: the page of the signal it names.
      const canonical = await pageUrlForReference(deps, context.actor, request.url);
      if (canonical) return reply.code(302).header("location", canonical).send();
    }
    const response = await handle(fetchRequest, context);
    // React Router turns a loader's error into a 500 page; when the database is the cause, say so.
    if (response.status === 500 && (await databaseDown(deps))) return unavailablePage(reply);

    const isDocument = !!response.body && !!response.headers.get("content-type")?.startsWith("text/html");
    if (key && isDocument)
      return keepAndSend(
        reply,
        response,
        { cache: pageCache, key, generation },
        { nonce, csrfToken },
        setCookies,
      );
    const cookies = [...setCookies, ...response.headers.getSetCookie()];
    // A document is rendered whole (entry.server.tsx): one buffer, one write. Downloads and data
    // requests keep their stream.
    const body = !response.body
      ? null
      : isDocument
        ? Buffer.from(await response.arrayBuffer())
        : Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
    return sendPage(reply, headOf(response), cookies, body);
  };

  // Sign-in and password reset are rate limited in their services, by account and client address
  // (`accounts/attempt-limits.ts`), not here by URL: React Router answers /Connexion and
  // /connexion/ too, which escaped a limit bound to the exact path (issue 14, hole 2).
  app.route({ method: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"], url: "/*", handler });
}
