import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import type { ServerBuild } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { resolveTokenActor } from "../accounts/resolve-actor";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../core/database-unavailable";
import type { Deps } from "../core/deps";
import { registerApiRoutes, sendError } from "./api-route";
import { apiRoutes } from "./api-routes";
import { buildOpenApiDocument } from "./openapi";
import { registerPageBridge } from "./page-bridge";

export type ServerOptions = {
  /** The React Router server build; omitted by API-only tests. */
  build?: ServerBuild;
  /** Folder of the client build (assets), served statically. */
  clientDir?: string;
  version?: string;
};

/** French messages for the errors Fastify raises before a handler runs (its own are English). */
const clientErrorMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "le corps n'est pas un JSON valide.",
  FST_ERR_CTP_EMPTY_JSON_BODY: "le corps JSON est vide alors que l'en-tête Content-Type l'annonce.",
  FST_ERR_CTP_BODY_TOO_LARGE: "le corps de la requête est trop volumineux.",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "ce type de contenu n'est pas pris en charge.",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "la longueur annoncée ne correspond pas au corps reçu.",
};

/** What is never refused: the health check and the static files (answered without the database). */
const uncounted = /^\/(healthz|assets\/|favicon)/;

/**
 * At most `max` pages and API requests in progress; the next ones get 503 with `Retry-After` and a
 * French message at once, instead of waiting in a queue that grows until they time out (0046).
 */
function limitRequestsInProgress(app: FastifyInstance, max: number) {
  let inProgress = 0;
  app.addHook("onRequest", async (request, reply) => {
    if (uncounted.test(request.url)) return;
    if (inProgress >= max) {
      request.log.warn({ inProgress }, "busy: request refused with 503");
      reply.header("retry-after", "5");
      if (request.url.startsWith("/api/")) return sendError(reply, "BUSY");
      const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${fr.errors.BUSY}</title></head><body><main><h1>${fr.errors.BUSY}</h1></main></body></html>`;
      return reply.code(503).type("text/html; charset=utf-8").send(html);
    }
    inProgress++;
    reply.raw.once("close", () => {
      inProgress--;
    });
  });
}

/**
 * One log line per request, when it is answered (method, URL, status, time), instead of Fastify's
 * two ("incoming request", then "request completed"): the same facts for half the writes under a
 * crowd (decision record 0068). Errors are logged as before.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) return super.requestCompleted(error, request, reply);
    reply.log.info(
      {
        req: { method: request.method, url: request.url },
        res: { statusCode: reply.statusCode },
        responseTime: reply.elapsedTime,
      },
      "request completed",
    );
  }
}

/** Request ids of our own (never the client's header), and imports up to 25 MB. */
const fixedOptions = {
  genReqId: () => randomUUID(),
  requestIdHeader: false,
  bodyLimit: 25 * 1024 * 1024,
} as const;

/** The Fastify instance with our logger, request ids, proxy trust and one log line per request. */
function createFastify(deps: Deps): FastifyInstance {
  return Fastify({
    loggerInstance: deps.log as unknown as FastifyBaseLogger,
    ...fixedOptions,
    // The overloads of Fastify() lose the http1 server type on a union; the value is any of its accepted forms.
    trustProxy: deps.config.trustProxy as boolean,
    logController: new OneLinePerRequest(),
  });
}

/** Security headers (a CSP with a nonce per request, helmet's others) and cookies. */
async function registerSecurityPlugins(app: FastifyInstance, deps: Deps) {
  // A CSP nonce per request, created before helmet writes the header.
  app.addHook("onRequest", async (request) => {
    (request.raw as unknown as { cspNonce: string }).cspNonce = randomBytes(16).toString("base64");
  });
  const https = deps.config.publicUrl.startsWith("https://");
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: [
          "'self'",
          (req: unknown) => `'nonce-${(req as { cspNonce: string }).cspNonce}'`,
        ] as unknown as string[],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        // Signing out of a session opened at the OpenID provider posts, then goes on to its sign-out page.
        formAction: ["'self'", ...(deps.config.oidc ? [new URL(deps.config.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Helmet's default `no-referrer` makes browsers send `Origin: null` on plain form posts, which
    // React Router refuses as a possible CSRF (400): forms without JavaScript would all fail.
    referrerPolicy: { policy: "same-origin" },
    // HSTS only means something over https; on http://localhost it would only confuse browsers.
    strictTransportSecurity: https,
  });
  await app.register(fastifyCookie);
}

/** Form posts and any other non-JSON body reach React Router untouched: keep their raw bytes. */
function keepRawBodies(app: FastifyInstance) {
  app.addContentTypeParser(
    ["application/x-www-form-urlencoded", "multipart/form-data"],
    { parseAs: "buffer" },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
}

/** Client errors in French (never a 500), 503 when the database is down, 500 for the rest. */
function handleErrors(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) return reply.code(429).send(error);
    if (status >= 400 && status < 500) {
      // Malformed JSON, body too large…: the client's fault, said plainly in French, never a 500.
      const code = (error as { code?: string }).code ?? "";
      request.log.info({ code, detail: (error as Error).message }, "request refused before its handler");
      return sendError(reply, "INVALID_INPUT", {
        message: `Requête invalide : ${clientErrorMessages[code] ?? "elle n'a pas pu être lue."}`,
      });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, "database unavailable");
      reply.header("retry-after", String(RETRY_AFTER_SECONDS));
      return sendError(reply, "UNAVAILABLE");
    }
    request.log.error({ err: error }, "unhandled error");
    return sendError(reply, "INTERNAL");
  });
}

/** `/healthz`: 200 when the database answers, 503 otherwise. */
function registerHealthCheck(app: FastifyInstance, deps: Deps) {
  app.get("/healthz", async (_request, reply) => {
    try {
      await deps.database.pool.query("select 1");
      return { status: "ok" };
    } catch (error) {
      deps.log.error({ err: error }, "health check failed");
      return reply.code(503).send({ status: "unavailable" });
    }
  });
}

/**
 * The API routes, their OpenAPI document and a French 404 for any other `/api/` path. The document
 * is built on its first request, then kept: generating it from the zod schemas costs about a
 * second, which every start (and every test that starts an app) would otherwise pay.
 */
function registerApi(app: FastifyInstance, deps: Deps, options: ServerOptions) {
  const routes = apiRoutes();
  registerApiRoutes(app, deps, routes, resolveTokenActor);
  let openApi: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get("/api/v1/openapi.json", async () => {
    openApi ??= buildOpenApiDocument(routes, {
      version: options.version ?? "1.0.0",
      serverUrl: deps.config.publicUrl,
    });
    return openApi;
  });
  app.all("/api/*", async (_request, reply) =>
    sendError(reply, "NOT_FOUND", { message: "Cette route d'API n'existe pas." }),
  );
}

/** The client build's files; those under `assets/` carry a hash in their name and are cached for a year. */
async function registerStaticFiles(app: FastifyInstance, clientDir: string | undefined) {
  if (!clientDir || !existsSync(clientDir)) return;
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    setHeaders: (reply, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        reply.header("cache-control", "public, max-age=31536000, immutable");
      }
    },
  });
}

export async function buildServer(deps: Deps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = createFastify(deps);
  await registerSecurityPlugins(app, deps);
  keepRawBodies(app);
  handleErrors(app);
  limitRequestsInProgress(app, deps.config.maxRequests);
  registerHealthCheck(app, deps);
  registerApi(app, deps, options);
  await registerStaticFiles(app, options.clientDir);
  if (options.build) registerPageBridge(app, deps, options.build);
  return app;
}
