import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { ServerBuild } from "react-router";
import { resolveTokenActor } from "../accounts/resolve-actor";
import type { Deps } from "../core/deps";
import { messageOf } from "../core/errors";
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

export async function buildServer(deps: Deps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as unknown as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: true,
    bodyLimit: 25 * 1024 * 1024,
    disableRequestLogging: deps.config.env === "test",
  });

  // A CSP nonce per request, created before helmet writes the header.
  app.addHook("onRequest", async (request) => {
    (request.raw as unknown as { cspNonce: string }).cspNonce = randomBytes(16).toString("base64");
  });
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
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: deps.config.publicUrl.startsWith("https://") ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: "RATE_LIMITED",
      message: `${messageOf("RATE_LIMITED")} (${Math.ceil(context.ttl / 1000)} s)`,
    }),
  });

  // Form posts reach React Router untouched: keep their raw bytes.
  app.addContentTypeParser(
    ["application/x-www-form-urlencoded", "multipart/form-data"],
    { parseAs: "buffer" },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) return reply.code(429).send(error);
    if (status >= 400 && status < 500) {
      // Malformed JSON, body too large…: the client's fault, said plainly, never a 500.
      return sendError(reply, "INVALID_INPUT", { message: `Requête invalide : ${(error as Error).message}` });
    }
    request.log.error({ err: error }, "unhandled error");
    return sendError(reply, "INTERNAL");
  });

  app.get("/healthz", async (_request, reply) => {
    try {
      await deps.database.pool.query("select 1");
      return { status: "ok" };
    } catch (error) {
      deps.log.error({ err: error }, "health check failed");
      return reply.code(503).send({ status: "unavailable" });
    }
  });

  const routes = apiRoutes();
  registerApiRoutes(app, deps, routes, resolveTokenActor);
  const openApi = buildOpenApiDocument(routes, {
    version: options.version ?? "1.0.0",
    serverUrl: deps.config.publicUrl,
  });
  app.get("/api/v1/openapi.json", async () => openApi);
  app.all("/api/*", async (_request, reply) =>
    sendError(reply, "NOT_FOUND", { message: "Cette route d'API n'existe pas." }),
  );

  if (options.clientDir && existsSync(options.clientDir)) {
    await app.register(fastifyStatic, {
      root: options.clientDir,
      wildcard: false,
      setHeaders: (reply, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          reply.header("cache-control", "public, max-age=31536000, immutable");
        }
      },
    });
  }
  if (options.build) registerPageBridge(app, deps, options.build);

  return app;
}
