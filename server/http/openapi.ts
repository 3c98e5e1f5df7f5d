import { z } from "zod";
import { messageOf, statusOf } from "../core/errors";
import { type ApiRoute, errorBody } from "./api-route";

const toSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "openapi-3.0", io, unrepresentable: "any" }) as Record<string, unknown>;

/** Fastify `:param` paths become OpenAPI `{param}` paths. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
    description: (property as { description?: string }).description,
  }));
}

/** The OpenAPI 3 document, generated from the same zod schemas that validate the requests. */
export function buildOpenApiDocument(routes: ApiRoute[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    const responses: Record<string, unknown> = {
      [String(route.successStatus ?? 200)]: {
        description: "Succès",
        content: route.raw
          ? route.rawContentType
            ? { [route.rawContentType]: { schema: { type: "string", format: "binary" } } }
            : undefined
          : { "application/json": { schema: toSchema(route.response, "output") } },
      },
    };
    const errorCodes = new Set(route.errors ?? []);
    if (route.body || route.query || route.params) errorCodes.add("INVALID_INPUT");
    if (route.auth === "token") errorCodes.add("UNAUTHENTICATED");
    for (const code of errorCodes) {
      const status = String(statusOf(code));
      const existing = responses[status] as { description: string } | undefined;
      responses[status] = {
        description: existing ? `${existing.description} ; ${code}` : `${code} — ${messageOf(code)}`,
        content: { "application/json": { schema: toSchema(errorBody, "output") } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === "token" ? [{ bearerAuth: [] }] : [],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: toSchema(route.body, "input") } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "API Essaim",
      version: info.version,
      description:
        "API v1 d'Essaim. Authentification : `POST /api/v1/auth/token` puis `Authorization: Bearer <jeton>`. " +
        'Erreurs : `{ "error": CODE, "message": texte en français, "fields"?: { champ: message } }`.',
    },
    servers: [{ url: info.serverUrl }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
