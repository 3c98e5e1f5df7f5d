import { z } from "zod";
import { defineApiRoute } from "../http/api-route";
import { importOffer } from "./import-offer";
import { listOffer } from "./list-offer";
import { listOfferInput } from "./offer-query";
import { importOfferInput, inclusionService, inclusionStructure } from "./offer-schemas";

const tag = "Offre existante";

const serviceOutput = z.object({
  source: z.string(),
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.string().nullable(),
  thematiques: z.array(z.string()),
  publics: z.array(z.string()),
  fees: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  commune: z.string().nullable(),
  eligibilityZone: z.array(z.string()).nullable().describe("zone_eligibilite telle que reçue"),
  structure: z.object({ id: z.string(), name: z.string(), website: z.string().nullable() }),
  link: z.string().nullable(),
  coveredBy: z.enum(["zone", "address"]).describe("Listé ici par sa zone d'éligibilité ou par son adresse"),
});

const count = z.object({ imported: z.number().int(), updated: z.number().int() });

export const offerApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/offer",
    summary:
      "L'offre existante d'un territoire : les services dont la zone d'éligibilité ou l'adresse le couvre, filtrés par thématique et public",
    tag,
    auth: "none",
    query: listOfferInput,
    response: z.object({
      territory: z.object({ kind: z.string(), code: z.string(), name: z.string() }),
      services: z.array(serviceOutput),
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
      thematiques: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
    }),
    errors: ["NOT_FOUND", "INVALID_INPUT"],
    // The service parses the raw query itself (its schema turns `kind:code` into a reference).
    handler: async ({ deps, request }) => listOffer(deps, request.query as never),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/offer/import",
    summary:
      "Importer structures et services au schéma data·inclusion v1, tout ou rien (400 avec le rapport), idempotent sur source + id",
    tag,
    auth: "token",
    // Documented with the data·inclusion schemas; any record is accepted here so that the service
    // reports every rejected one with its position and fields.
    body: z.union([
      z.object({
        structures: z.array(inclusionStructure).optional(),
        services: z.array(inclusionService).optional(),
      }),
      importOfferInput,
    ]),
    response: z.object({
      structures: count,
      services: count,
      rejected: z
        .array(
          z.object({
            kind: z.enum(["structure", "service"]),
            index: z.number().int(),
            id: z.string().nullable(),
            errors: z.record(z.string(), z.string()),
          }),
        )
        .describe("Vide en cas de succès : un seul enregistrement refusé et rien n'est importé (400)"),
    }),
    errors: ["FORBIDDEN", "INVALID_INPUT"],
    handler: async ({ deps, actor, request }) => importOffer(deps, actor!, request.body as never),
  }),
];
