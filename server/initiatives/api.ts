import { z } from "zod";
import { entryPoints, initiativeEventKinds, initiativeStages, territoryKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { createInitiative } from "./create-initiative";
import { getInitiative } from "./get-initiative";
import { readInitiativeJournal } from "./initiative-journal";
import {
  createInitiativeInput,
  listInitiativesQuery,
  moveInitiativeInput,
  updateInitiativeInput,
} from "./initiative-schemas";
import { listInitiatives } from "./list-initiatives";
import { moveInitiative } from "./move-initiative";
import { updateInitiative } from "./update-initiative";

const tag = "Projets";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });
const stage = z.enum(initiativeStages);

const initiativeSummary = z.object({
  id: z.uuid(),
  reference: z.string().describe("Référence lisible, unique dans la Fabrique (ADR-P-2026-001)"),
  title: z.string(),
  stage,
  entryPoint: z.enum(entryPoints),
  territory: z.object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() }),
  themes: z.array(z.string()),
  officerName: z.string().nullable(),
  stageEnteredAt: dateTime.describe("Entrée dans l'étape actuelle"),
  wakeUpOn: z.string().nullable().describe("Date de réveil d'un projet en veille (AAAA-MM-JJ)"),
  updatedAt: dateTime,
  fabrique: z.object({ slug: z.string(), name: z.string() }),
});

const initiativeDetails = initiativeSummary.extend({
  summary: z.string(),
  description: z.string(),
  privateNotes: z.string().nullable().describe("Notes internes : null si vous n'êtes pas dans l'équipe"),
  publics: z.array(z.string()),
  model: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  commissioner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  officer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  signals: z.array(z.object({ id: z.uuid(), reference: z.string(), title: z.string(), status: z.string() })),
  programmes: z.array(z.object({ id: z.uuid(), name: z.string() })),
  stageBeforeDormant: stage.nullable(),
  abandonReason: z.string(),
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  access: z
    .object({
      level: z.enum(["team", "network", "carrier", "partner"]),
      canEdit: z.boolean(),
      canMove: z.boolean(),
    })
    .describe("Ce que vous pouvez faire sur ce projet"),
  moves: z
    .array(
      z.object({
        to: stage,
        label: z.string(),
        asks: z.object({ reason: z.boolean(), wakeUpOn: z.boolean() }),
        blockedBy: z.array(z.string()).describe("Ce qui manque ; vide si le passage est possible"),
      }),
    )
    .describe("Les passages d'étape prévus depuis l'étape actuelle (équipe seulement)"),
  durations: z.array(z.object({ stage, days: z.number().int() })).describe("Jours passés dans chaque étape"),
});

type Located = {
  territoryKind: (typeof territoryKinds)[number];
  territoryCode: string;
  territoryName: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
  officerName?: string | null;
};
const shape = <T extends Located>(row: T) => ({
  ...row,
  territory: { kind: row.territoryKind, code: row.territoryCode, name: row.territoryName },
  fabrique: { slug: row.fabriqueSlug, name: row.fabriqueName },
});

export const initiativeApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives",
    summary: "Les projets que vous pouvez voir (équipe, réseau, partenaire, porteur), filtrés",
    tag,
    auth: "token",
    query: listInitiativesQuery,
    response: z.object({
      initiatives: z.array(initiativeSummary),
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
    }),
    handler: async ({ deps, actor, query }) => {
      const result = await listInitiatives(deps, actor!, query);
      if (!result.ok) return result;
      const { items, ...rest } = result.value;
      return { ok: true, value: { initiatives: items.map(shape), ...rest } };
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives",
    summary: "Créer un projet : de zéro, depuis des remontées, ou pour essaimer un modèle du catalogue",
    tag,
    auth: "token",
    body: createInitiativeInput,
    response: z.object({ id: z.uuid(), reference: z.string() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "CONFLICT"],
    handler: async ({ deps, actor, body }) => createInitiative(deps, actor!, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id",
    summary: "Un projet, ses liens, les passages d'étape possibles et ce qui bloque les autres",
    tag,
    auth: "token",
    params: idParams,
    response: initiativeDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getInitiative(deps, actor!, params.id);
      if (!result.ok) return result;
      return { ok: true, value: shape({ ...result.value, officerName: result.value.officer?.name ?? null }) };
    },
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/initiatives/:id",
    summary:
      "Modifier un projet ; `version` doit être celle lue, sinon 409. Chaque champ changé va au journal",
    tag,
    auth: "token",
    params: idParams,
    body: updateInitiativeInput,
    response: z.object({ id: z.uuid(), version: z.number().int(), changed: z.array(z.string()) }),
    errors: ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => updateInitiative(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/transitions",
    summary:
      "Faire passer un projet à une autre étape ; 409 TRANSITION_REFUSED avec `blockedBy` (ce qui manque) si les conditions ne sont pas remplies",
    tag,
    auth: "token",
    params: idParams,
    body: moveInitiativeInput,
    response: z.object({ id: z.uuid(), from: stage, stage, version: z.number().int() }),
    errors: ["NOT_FOUND", "FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => moveInitiative(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/journal",
    summary: "Le journal du projet : chaque passage d'étape et chaque changement, qui, quand",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({
      entries: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(initiativeEventKinds),
          note: z.string(),
          fromStage: stage.nullable(),
          toStage: stage.nullable(),
          field: z.string().nullable(),
          before: z.string().nullable(),
          after: z.string().nullable(),
          byName: z.string().nullable(),
          at: dateTime,
        }),
      ),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await readInitiativeJournal(deps, actor!, params.id);
      return result.ok ? { ok: true, value: { entries: result.value } } : result;
    },
  }),
];
