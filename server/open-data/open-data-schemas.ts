import { z } from "zod";
import { openDataLicence } from "../../shared/codes/open-data";
import { outcomeKinds, territoryKinds } from "../db/schema";

export { openDataLicence };

/** Pages of the open data: up to 1 000 rows each, 100 by default. */
export const openActivitiesQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("Numéro de page, à partir de 1"),
  perPage: z.coerce.number().int().min(1).max(1000).default(100).describe("Lignes par page (1 000 au plus)"),
});
export type OpenActivitiesQuery = z.output<typeof openActivitiesQuery>;

const fte = z.number().describe("Équivalents temps plein, en décimal (1.5 = un temps plein et demi)");

/**
 * One launched activity, its public fields only (docs/open-data/activities.md): the schema is
 * stable; a field is added, never renamed or removed, without a new version of the API.
 */
export const openActivity = z.object({
  name: z.string().describe("Nom de l'activité lancée"),
  model: z.string().nullable().describe("Titre du modèle du catalogue essaimé, s'il est publié ; sinon null"),
  territoryKind: z.enum(territoryKinds).describe("region, departement, epci, commune ou qpv"),
  territoryCode: z.string().describe("Code officiel (INSEE, SIREN de l'EPCI, code du QPV)"),
  territoryName: z.string().nullable().describe("Nom officiel du territoire"),
  year: z.number().int().describe("Année d'ouverture"),
  kind: z
    .enum(outcomeKinds)
    .describe(
      "new_organisation (nouvelle structure), new_activity (activité d'une structure existante), replication (essaimage d'un modèle)",
    ),
  jobsFte: fte,
  insertionFte: fte.describe("Dont emplois d'insertion (ETP)"),
  disabilityFte: fte.describe("Dont emplois de travailleurs handicapés (ETP)"),
});
export type OpenActivity = z.infer<typeof openActivity>;

export const openActivitiesPage = z.object({
  licence: z.object({ name: z.literal(openDataLicence.name), url: z.string() }),
  schema: z.string().describe("Où le schéma est décrit"),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int().describe("Nombre total d'activités publiées"),
  items: z.array(openActivity),
});

/** The CSV columns, in this order, named as the JSON fields. */
export const openActivityColumns = [
  "name",
  "model",
  "territoryKind",
  "territoryCode",
  "territoryName",
  "year",
  "kind",
  "jobsFte",
  "insertionFte",
  "disabilityFte",
] as const satisfies readonly (keyof OpenActivity)[];
