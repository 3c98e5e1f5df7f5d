import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { fail, ok } from "../core/result";
import { modelStatuses, replicationTypes } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { getModelLineage } from "../initiatives/model-lineage";
import { modelLineageOutput } from "../initiatives/model-lineage-schema";
import { changeModelStatus } from "./change-model-status";
import { createModel } from "./create-model";
import { exportModels } from "./export-models";
import { getModel } from "./get-model";
import { importModelRow, importModels } from "./import-models";
import { listThemes } from "./list-themes";
import { csvToModelRows, modelsToCsv } from "./model-csv";
import {
  changeModelStatusInput,
  createModelInput,
  searchModelsInput,
  updateModelInput,
} from "./model-schemas";
import { searchModels } from "./search-models";
import { updateModel } from "./update-model";

const tag = "Catalogue";
const dateTime = z.date().meta({ type: "string", format: "date-time" });

const fieldNames = z.enum(["title", "tags", "summary", "description"]);
const whyItem = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("term"), word: z.string(), fields: z.array(fieldNames), label: z.string() }),
    z.object({
      kind: z.literal("synonym"),
      term: z.string().describe("Expression du thésaurus trouvée dans le modèle"),
      of: z.string().describe("Les mots de la requête dont elle est synonyme"),
      fields: z.array(fieldNames),
      label: z.string(),
    }),
    z.object({
      kind: z.literal("typo"),
      word: z.string().describe("Le mot tapé"),
      found: z.string().describe("Le mot du catalogue retenu à sa place"),
      fields: z.array(fieldNames),
      label: z.string(),
    }),
    z.object({
      kind: z.literal("theme"),
      code: z.string(),
      theme: z.string(),
      via: z.string().describe("Les mots de la requête qui désignent ce thème"),
      label: z.string(),
    }),
  ])
  .describe("Une raison du classement ; `label` la dit en français");

const facet = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

const searchOutput = z.object({
  results: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      summary: z.string(),
      score: z
        .number()
        .describe("Score BM25 (avec le bonus de thème) ; comparable au sein d'une même recherche"),
      why: z.array(whyItem),
      externalId: z.string().nullable(),
      sourceUrls: z.array(z.string()),
      status: z.enum(modelStatuses),
      themes: z.array(z.string()),
    }),
  ),
  total: z.number().int().describe("Nombre de modèles trouvés (toutes pages)"),
  page: z.number().int(),
  pages: z.number().int(),
  facets: z.object({
    themes: z.array(facet),
    publics: z.array(facet),
    legalForms: z.array(facet),
    regions: z.array(facet),
  }),
  interpretation: z.object({
    corrections: z.array(z.object({ word: z.string(), found: z.string() })),
    synonyms: z.array(z.object({ term: z.string(), of: z.string() })),
    themes: z.array(z.object({ code: z.string(), label: z.string(), via: z.string() })),
  }),
});

const modelOutput = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  themes: z.array(z.string()),
  publics: z.array(z.string()),
  tags: z.array(z.string()),
  revenueMix: z.string(),
  typicalBudgetCents: z.number().int().nullable(),
  jobsFte: z.number().nullable(),
  insertionJobsFte: z.number().nullable(),
  disabilityJobsFte: z.number().nullable(),
  investmentCents: z.number().int().nullable(),
  premises: z.string(),
  legalForms: z.array(z.string()),
  prerequisites: z.string(),
  replicationType: z.enum(replicationTypes).nullable(),
  originOrganisation: z.string(),
  originTerritory: z
    .object({ kind: z.string(), code: z.string(), name: z.string().nullable() })
    .nullable()
    .describe("Territoire d'origine (type, code officiel, nom)"),
  presence: z.string(),
  contact: z.string(),
  sourceUrls: z.array(z.string()),
  status: z.enum(modelStatuses),
  ownerFabrique: z
    .object({ id: z.uuid(), name: z.string(), slug: z.string() })
    .nullable()
    .describe("La Fabrique qui l'a proposé ; null pour un modèle du réseau"),
  statusChangedAt: dateTime,
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const idParams = z.object({ id: z.string().max(64).describe("Identifiant du modèle") });

const importReport = z.object({
  imported: z.number().int().describe("Modèles créés"),
  updated: z.number().int().describe("Modèles existants (même externalId) mis à jour"),
  rejected: z
    .array(
      z.object({
        index: z.number().int().describe("Position de la ligne dans le fichier, à partir de 0"),
        externalId: z.string().nullable(),
        errors: z.record(z.string(), z.string()).describe("Message par champ"),
      }),
    )
    .describe("Toujours vide en cas de succès : une seule ligne refusée et rien n'est importé (réponse 400)"),
});

const importQuery = z.object({
  fabriqueId: z
    .uuid()
    .optional()
    .describe("Fabrique propriétaire des nouveaux modèles (si vous êtes dans plusieurs équipes)"),
});

export const catalogueApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/themes",
    summary: "Les thèmes du catalogue (codes à donner dans `themes` des remontées, projets et modèles)",
    tag,
    auth: "none",
    response: z.object({
      themes: z.array(
        z.object({
          code: z.string(),
          label: z.string(),
          inclusionThematiques: z.array(z.string()).describe("Thématiques data·inclusion correspondantes"),
        }),
      ),
    }),
    handler: async ({ deps }) => ok({ themes: await listThemes(deps) }),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/models/search",
    summary:
      "Chercher des modèles essaimables par un besoin en mots libres ; publics seulement sans jeton, vos brouillons en plus avec",
    tag,
    auth: "optional",
    query: searchModelsInput,
    response: searchOutput,
    errors: ["INVALID_INPUT"],
    visitorCache: "catalogue",
    handler: async ({ deps, actor, query }) => searchModels(deps, actor, query),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/models/export",
    summary:
      "Exporter les modèles visibles (publiés, et vos brouillons avec un jeton) en JSON ou en CSV, au format de l'import",
    tag,
    auth: "optional",
    query: z.object({
      format: z.enum(["json", "csv"]).optional().default("json").describe("json (par défaut) ou csv"),
    }),
    response: z.unknown(),
    raw: true,
    handler: async ({ deps, actor, query, reply }) => {
      const result = await exportModels(deps, actor);
      if (!result.ok) return result;
      const rows = result.value.map(({ id: _id, ...row }) => row);
      if (query.format === "csv") {
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="modeles-essaimables.csv"')
          .send(`\uFEFF${modelsToCsv(rows)}`);
      } else {
        reply.header("content-type", "application/json; charset=utf-8").send(rows);
      }
      return ok(undefined);
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/models/:id",
    summary: "Un modèle : publié, ou brouillon de votre Fabrique avec un jeton",
    tag,
    auth: "optional",
    params: idParams,
    response: modelOutput,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getModel(deps, actor, params.id);
      if (!result.ok) return result;
      const m = result.value;
      return ok({
        ...m,
        originTerritory: m.originTerritoryKind
          ? { kind: m.originTerritoryKind, code: m.originTerritoryCode ?? "", name: m.originTerritoryName }
          : null,
      });
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/models",
    summary: "Proposer un modèle : il commence en brouillon, visible de votre Fabrique et du réseau",
    tag,
    auth: "token",
    body: createModelInput,
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["FORBIDDEN", "INVALID_INPUT"],
    handler: async ({ deps, actor, request }) => createModel(deps, actor!, request.body as never),
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/models/:id",
    summary:
      "Modifier un modèle (votre Fabrique tant qu'il est brouillon, l'animation du réseau toujours) ; les champs omis gardent leur valeur ; `version` doit être celle lue, sinon 409",
    tag,
    auth: "token",
    params: idParams,
    body: updateModelInput,
    response: z.object({ id: z.uuid(), version: z.number().int(), updatedAt: dateTime }),
    errors: ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT"],
    // The raw body: fields left out keep their stored value (the parsed one would hold defaults).
    handler: async ({ deps, actor, params, request }) =>
      updateModel(deps, actor!, params.id, request.body as never),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/models/:id/transitions",
    summary: "Publier, archiver ou reprendre un modèle (animation du réseau), avec un motif pour archiver",
    tag,
    auth: "token",
    params: idParams,
    body: changeModelStatusInput,
    response: z.object({
      id: z.uuid(),
      fromStatus: z.enum(modelStatuses),
      status: z.enum(modelStatuses),
      statusChangedAt: dateTime,
    }),
    errors: ["NOT_FOUND", "FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => changeModelStatus(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/models/import",
    summary:
      "Importer des modèles (tableau JSON), tout ou rien : une ligne refusée et rien n'est écrit (400 avec le rapport) ; idempotent sur externalId",
    tag,
    auth: "token",
    query: importQuery,
    // Documented as rows of the import schema; any array is accepted so the service reports every
    // rejected row itself (index and message per field) instead of a first-error 400.
    body: z.union([z.array(importModelRow), z.array(z.unknown())]),
    response: importReport,
    errors: ["FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, query, request }) =>
      importModels(deps, actor!, request.body, { fabriqueId: query.fabriqueId }),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/models/import/csv",
    summary:
      "Importer des modèles en CSV (Content-Type: text/csv ; colonnes de l'export, listes séparées par « | »), tout ou rien",
    tag,
    auth: "token",
    query: importQuery,
    body: z.custom<Buffer | string>((value) => Buffer.isBuffer(value) || typeof value === "string", {
      message: "Envoyez le fichier CSV comme corps de la requête (Content-Type: text/csv).",
    }),
    response: importReport,
    errors: ["FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, query, body }) => {
      const text = Buffer.isBuffer(body) ? body.toString("utf8") : body;
      const rows = csvToModelRows(text);
      if (!rows) return fail("INVALID_INPUT", { message: fr.catalogue.imports.csvHeader });
      return importModels(deps, actor!, rows, { fabriqueId: query.fabriqueId });
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/models/:id/lineage",
    summary:
      "La filiation d'un modèle : les essaimages lancés (publics) et, avec un jeton d'équipe, vos projets d'essaimage en cours",
    tag,
    auth: "optional",
    params: z.object({ id: z.string().max(60).describe("Identifiant du modèle") }),
    response: modelLineageOutput,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => getModelLineage(deps, actor, params.id),
  }),
];
