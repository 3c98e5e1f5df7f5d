import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { type ErrorCode, messageOf, statusOf } from "../core/errors";
import { currentGeneration } from "../core/read-cache";
import type { Result } from "../core/result";
import { fieldErrors, nulBytePath } from "../core/validation";
import { PageCache } from "./page-cache";
import { resolveApiReference } from "./reference-params";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export type ApiContext<B, Q, P> = {
  deps: Deps;
  actor: Actor | null;
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
};

/**
 * One v1 route: its zod schemas validate the request, shape the response and document the
 * route in the OpenAPI document, so the three never drift apart.
 */
export type ApiRoute<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  E extends ErrorCode = ErrorCode,
> = {
  method: Method;
  /** Fastify path, e.g. `/api/v1/territories/:kind/:code`. */
  path: string;
  summary: string;
  tag: string;
  /** `token`: needs `Authorization: Bearer …`; `optional`: resolves it when present; `none`: public. */
  auth: "token" | "optional" | "none";
  body?: B;
  query?: Q;
  params?: P;
  response: R;
  successStatus?: number;
  /**
   * Errors the handler may answer, documented in OpenAPI. Checked by the compiler: the handler's
   * result may only fail with a code listed here (decision record 0056).
   */
  errors?: readonly E[];
  /** A non-JSON response (file download): the handler writes to `reply` itself and returns ok(undefined). */
  raw?: boolean;
  /** The media type a raw route answers (documented in OpenAPI as a binary body). */
  rawContentType?: string;
  /**
   * Answers kept for callers without a token while nothing under this read-cache generation
   * changed (decision records 0045, 0075): only for a GET whose answer to no actor depends on
   * its query and on what the generation's triggers cover.
   */
  visitorCache?: "catalogue";
  handler: (ctx: ApiContext<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<Result<z.infer<R>, NoInfer<E>>>;
};

/**
 * A route for the table. `E` is taken from `errors` only (`NoInfer` on the handler), so a handler
 * whose use case may fail with a code the route does not declare does not compile.
 */
export const defineApiRoute = <
  B extends z.ZodType,
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends z.ZodType,
  const E extends ErrorCode = never,
>(
  route: ApiRoute<B, Q, P, R, E>,
) => route as unknown as ApiRoute;

export const errorBody = z
  .object({
    error: z.string().describe("Code d'erreur stable (INVALID_INPUT, NOT_FOUND…)"),
    message: z.string().describe("Message en français, affichable tel quel"),
    fields: z.record(z.string(), z.string()).optional().describe("Message par champ invalide"),
  })
  .catchall(z.unknown());

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  extra: { message?: string; fields?: Record<string, string>; details?: Record<string, unknown> } = {},
) {
  const retryAfter = extra.details?.retryAfterSeconds;
  if (code === "RATE_LIMITED" && typeof retryAfter === "number")
    reply.header("retry-after", String(retryAfter));
  return reply.code(statusOf(code)).send({
    error: code,
    message: extra.message ?? messageOf(code),
    ...(extra.fields ? { fields: extra.fields } : {}),
    ...(extra.details ?? {}),
  });
}

export type ResolveBearer = (deps: Deps, bearer: string | undefined) => Promise<Actor | null>;

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * What a request sent that the route does not know: a query parameter or a top-level body field
 * it does not declare. Refused and named rather than ignored, so a typo (`form=` for `from=`)
 * never returns an unfiltered list as if it were filtered (decision record 0031).
 */
function unknownNames(schema: z.ZodType | undefined, value: unknown, where: "query" | "body") {
  if (!value || typeof value !== "object" || Array.isArray(value) || ArrayBuffer.isView(value)) return null;
  const object = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (where === "body" && !(object instanceof z.ZodObject)) return null;
  const known = object instanceof z.ZodObject ? Object.keys(object.shape) : [];
  const name = Object.keys(value).find((key) => !known.includes(key));
  if (name === undefined) return null;
  const message =
    where === "body"
      ? t(fr.validation.unknownFields, { keys: `« ${name} »` })
      : known.length
        ? t(fr.validation.unknownParameter, { name, known: known.join(", ") })
        : t(fr.validation.noParameters, { name });
  return { [name]: message };
}

/** The first thing wrong with a request before its schemas run: a NUL byte, an unknown name. */
function refusedBeforeSchemas(route: ApiRoute, request: FastifyRequest): Record<string, string> | null {
  const { params, query, body } = request;
  const bodyChecked = route.body ? body : undefined;
  const nulAt =
    nulBytePath(params) ??
    nulBytePath(query) ??
    (Buffer.isBuffer(bodyChecked) && bodyChecked.includes(0) ? "_" : nulBytePath(bodyChecked));
  if (nulAt !== null) return { [nulAt]: fr.validation.nulByte };
  return unknownNames(route.query, query, "query") ?? unknownNames(route.body, bodyChecked, "body");
}

/** A JSON answer ready to send, or null when the reply was already sent (an error, a raw route). */
type Answer = { status: number; json: string | Buffer } | null;

async function answerOf(
  route: ApiRoute,
  deps: Deps,
  actor: Actor | null,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Answer> {
  const refused = refusedBeforeSchemas(route, request);
  if (refused) {
    sendError(reply, "INVALID_INPUT", { fields: refused });
    return null;
  }
  await resolveApiReference(deps, actor, route.path, request.params);
  const parts = [
    ["params", route.params, request.params],
    ["query", route.query, request.query],
    ["body", route.body, request.body],
  ] as const;
  const parsed: Record<string, unknown> = {};
  for (const [name, schema, value] of parts) {
    if (!schema) continue;
    const result = schema.safeParse(value ?? (name === "body" ? undefined : {}));
    if (!result.success) {
      sendError(reply, "INVALID_INPUT", { fields: fieldErrors(result.error) });
      return null;
    }
    parsed[name] = result.data;
  }
  const result = await route.handler({
    deps,
    actor,
    body: parsed.body,
    query: parsed.query,
    params: parsed.params,
    request,
    reply,
  });
  if (!result.ok) {
    const { message, fields, details } = result;
    sendError(reply, result.error, { message, fields, details });
    return null;
  }
  if (route.raw) return null;
  return { status: route.successStatus ?? 200, json: JSON.stringify(route.response.parse(result.value)) };
}

/** A visitor's kept answer, or the answer computed and kept under the generation read before it. */
async function keptAnswer(
  cache: PageCache,
  name: string,
  compute: () => Promise<Answer>,
  deps: Deps,
  key: string,
): Promise<Answer> {
  const generation = await currentGeneration(deps.db, name);
  const kept = generation === null ? undefined : cache.get(key, generation);
  if (kept?.parts[0]) return { status: kept.status, json: kept.parts[0] };
  const answer = await compute();
  if (answer && answer.status === 200 && generation !== null) {
    const part = Buffer.isBuffer(answer.json) ? answer.json : Buffer.from(answer.json);
    cache.keep(key, {
      parts: [part],
      holes: [],
      status: 200,
      headers: [],
      generation,
      bytes: part.length + key.length,
    });
  }
  return answer;
}

export function registerApiRoutes(
  app: FastifyInstance,
  deps: Deps,
  routes: ApiRoute[],
  resolveBearer: ResolveBearer,
): void {
  for (const route of routes) {
    const cache =
      route.visitorCache && deps.config.pageCacheBytes > 0 ? new PageCache(deps.config.pageCacheBytes) : null;
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        let actor: Actor | null = null;
        if (route.auth !== "none") {
          const bearer = bearerOf(request);
          actor = await resolveBearer(deps, bearer);
          if (!actor && (route.auth === "token" || bearer)) {
            return sendError(reply, "UNAUTHENTICATED", {
              message: bearer ? "Jeton d'accès invalide, expiré ou révoqué." : undefined,
            });
          }
        }
        const compute = () => answerOf(route, deps, actor, request, reply);
        const answer =
          cache && route.visitorCache && !actor && request.method === "GET"
            ? await keptAnswer(cache, route.visitorCache, compute, deps, request.url)
            : await compute();
        if (!answer) return reply;
        return reply.code(answer.status).type("application/json; charset=utf-8").send(answer.json);
      },
    });
  }
}
