import { z } from "zod";
import { ok } from "../core/result";
import { defineApiRoute } from "../http/api-route";
import { getTerritory } from "./get-territory";
import { searchTerritories } from "./search-territories";
import {
  searchTerritoriesInput,
  territoryDetailSchema,
  territoryKindSchema,
  territorySearchResponse,
} from "./territory-schemas";

/** Official geography is public: no token needed. */
export const territoryApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/territories/search",
    summary: "Chercher un territoire (nom, code postal, code INSEE, SIREN d'EPCI, code QPV)",
    tag: "Territoires",
    auth: "none",
    query: searchTerritoriesInput,
    response: territorySearchResponse,
    errors: ["INVALID_INPUT"],
    handler: async ({ deps, query }) => {
      const found = await searchTerritories(deps, query.q, { kinds: query.kind, limit: query.limit });
      return found.ok ? ok({ results: found.value }) : found;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/territories/:kind/:code",
    summary: "Un territoire : population, territoires englobants, nombre de membres, indicateurs",
    tag: "Territoires",
    auth: "none",
    params: z.object({ kind: territoryKindSchema, code: z.string().min(1).max(20) }),
    response: territoryDetailSchema,
    errors: ["INVALID_INPUT", "NOT_FOUND"],
    handler: async ({ deps, params }) => getTerritory(deps, params),
  }),
];
