import { z } from "zod";
import { fabriqueStatuses } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { changeFabriqueStatus } from "./change-fabrique-status";
import { changeFabriqueStatusInput, createFabriqueInput } from "./fabrique-input";
import type { FabriqueDetails } from "./fabrique-query";
import { getFabrique } from "./get-fabrique";
import { listFabriques } from "./list-fabriques";
import { registerFabrique } from "./register-fabrique";

const tag = "Réseau";

/** Dates leave the API as ISO 8601 strings (Fastify serialises a Date that way). */
const dateTime = z.date().meta({ type: "string", format: "date-time" });

const fabriqueOutput = z.object({
  id: z.uuid(),
  slug: z.string().describe("Adresse courte, utilisée dans les liens"),
  name: z.string(),
  status: z.enum(fabriqueStatuses).describe("candidate, experimentation, appellation ou withdrawn"),
  statusChangedAt: dateTime.describe("Date du dernier changement de statut"),
  carryingStructure: z.string().describe("Structure porteuse"),
  description: z.string(),
  regionCode: z.string().nullable().describe("Code INSEE de la région"),
  regionName: z.string().nullable().describe("Nom de la région"),
  contactEmail: z.string().nullable(),
  memberCount: z.number().int().describe("Nombre de personnes dans l'équipe (tous rôles)"),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const slugParams = z.object({ slug: z.string().max(100).describe("Adresse courte de la Fabrique") });

const statusChangeOutput = z.object({
  slug: z.string(),
  fromStatus: z.enum(fabriqueStatuses).describe("Statut avant le changement"),
  status: z.enum(fabriqueStatuses).describe("Nouveau statut"),
  statusChangedAt: dateTime,
});

const toOutput = (row: FabriqueDetails): z.input<typeof fabriqueOutput> => row;

export const networkApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/fabriques",
    summary: "Les Fabriques accessibles : toutes pour l'animation du réseau, sinon les vôtres",
    tag,
    auth: "token",
    response: z.object({ fabriques: z.array(fabriqueOutput) }),
    handler: async ({ deps, actor }) => {
      const result = await listFabriques(deps, actor!);
      return result.ok ? { ok: true, value: { fabriques: result.value.map(toOutput) } } : result;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/fabriques/:slug",
    summary: "Une Fabrique dont vous pouvez voir l'espace privé",
    tag,
    auth: "token",
    params: slugParams,
    response: fabriqueOutput,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => getFabrique(deps, actor!, params.slug),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/fabriques",
    summary: "Créer une Fabrique (animation du réseau) ; elle commence au statut candidate",
    tag,
    auth: "token",
    body: createFabriqueInput,
    response: fabriqueOutput,
    successStatus: 201,
    errors: ["FORBIDDEN", "CONFLICT", "INVALID_INPUT"],
    handler: async ({ deps, actor, body }) => registerFabrique(deps, actor!, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/fabriques/:slug/transitions",
    summary: "Changer le statut d'une Fabrique (animation du réseau), avec un motif",
    tag,
    auth: "token",
    params: slugParams,
    body: changeFabriqueStatusInput,
    response: statusChangeOutput,
    errors: ["NOT_FOUND", "FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => changeFabriqueStatus(deps, actor!, params.slug, body),
  }),
];
