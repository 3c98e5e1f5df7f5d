import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { type ErrorCode, messageOf, statusOf } from "../core/errors";
import type { Result } from "../core/result";
import { fieldErrors, nulBytePath } from "../core/validation";
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

export function registerApiRoutes(
  app: FastifyInstance,
  deps: Deps,
  routes: ApiRoute[],
  resolveBearer: ResolveBearer,
): void {
  for (const route of routes) {
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
        const refused = refusedBeforeSchemas(route, request);
        if (refused) return sendError(reply, "INVALID_INPUT", { fields: refused });
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
            return sendError(reply, "INVALID_INPUT", { fields: fieldErrors(result.error) });
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
          return sendError(reply, result.error, {
            message: result.message,
            fields: result.fields,
            details: result.details,
          });
        }
        if (route.raw) return reply;
        return reply.code(route.successStatus ?? 200).send(route.response.parse(result.value));
      },
    });
  }
}
