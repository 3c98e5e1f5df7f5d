import { z } from "zod";
import {
  coverageConclusions,
  signalChannels,
  signalKinds,
  signalStatuses,
  spamMarks,
  spamReasons,
  submitterTypes,
  territoryKinds,
} from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { findSimilarForDraft } from "../initiatives/find-similar-for-draft";
import { getSignalMatches } from "../initiatives/get-signal-matches";
import { changeSignalStatus } from "./change-signal-status";
import { createAssistedSignal } from "./create-assisted-signal";
import { createPublicSignal } from "./create-public-signal";
import { createSignal } from "./create-signal";
import { clientKeyOf } from "./form-stamp";
import { getSignal } from "./get-signal";
import { listSignals } from "./list-signals";
import {
  assistedSignalInput,
  changeSignalStatusInput,
  createSignalInput,
  listSignalsQuery,
  publicSignalInput,
  updateSignalInput,
  updateSignalSpamInput,
} from "./signal-schemas";
import { similarDraftQuery, similarInitiativesOutput, similarSignalsOutput } from "./similar-schemas";
import { updateSignal } from "./update-signal";
import { updateSignalSpam } from "./update-signal-spam";

const tag = "Remontées";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant de la remontée") });

const signalSummary = z.object({
  id: z.uuid(),
  reference: z.string().describe("Référence lisible, unique dans la Fabrique (ADR-2026-0001)"),
  kind: z.enum(signalKinds),
  title: z.string(),
  status: z.enum(signalStatuses),
  channel: z.enum(signalChannels),
  territory: z.object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() }),
  themes: z.array(z.string()),
  sourceOrganisation: z.string(),
  wakeUpOn: z.string().nullable().describe("Date de réveil d'une remontée en veille (AAAA-MM-JJ)"),
  spam: z
    .enum(spamMarks)
    .nullable()
    .describe("suspected (à vérifier), confirmed (indésirable), cleared (vérifiée), null : jamais suspecte"),
  createdAt: dateTime,
  fabrique: z.object({ slug: z.string(), name: z.string() }),
});

const signalDetails = signalSummary.extend({
  description: z.string(),
  publics: z.array(z.string()),
  sourcePerson: z.string(),
  evidence: z.string(),
  submitter: z.object({ name: z.string(), email: z.string(), type: z.enum(submitterTypes).nullable() }),
  consentAt: dateTime.nullable(),
  coverage: z.enum(coverageConclusions).nullable(),
  coverageNote: z.string(),
  mergedIntoId: z.uuid().nullable(),
  campaignId: z.uuid().nullable(),
  assisted: z.boolean().describe("Saisie assistée : enregistrée par l'équipe pour la personne qui s'exprime"),
  spamReasons: z
    .array(z.enum(spamReasons))
    .describe("Pourquoi elle a été marquée suspecte : honeypot, volume"),
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  updatedAt: dateTime,
  events: z
    .array(
      z.object({
        fromStatus: z.enum(signalStatuses).nullable(),
        toStatus: z.enum(signalStatuses),
        reason: z.string(),
        byName: z.string().nullable(),
        at: dateTime,
      }),
    )
    .describe("Historique : chaque changement de statut, qui, quand, pourquoi"),
});

type Summary = {
  territoryKind: (typeof territoryKinds)[number];
  territoryCode: string;
  territoryName: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
};
const shape = <T extends Summary>(row: T) => ({
  ...row,
  territory: { kind: row.territoryKind, code: row.territoryCode, name: row.territoryName },
  fabrique: { slug: row.fabriqueSlug, name: row.fabriqueName },
});

export const signalApiRoutes = [
  defineApiRoute({
    method: "POST",
    path: "/api/v1/public/signals",
    summary: "Signaler un besoin, une idée, une ressource ou un territoire à une Fabrique, sans compte",
    tag,
    auth: "none",
    body: publicSignalInput,
    response: z.object({ id: z.uuid(), reference: z.string() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "RATE_LIMITED"],
    // The same intake rules as the page, counted in the database per address (decision record 0037).
    handler: async ({ deps, body, request }) => {
      const result = await createPublicSignal(deps, body, {
        clientKey: clientKeyOf(deps.config.secret, request.ip),
      });
      return result.ok
        ? { ok: true, value: { id: result.value.id, reference: result.value.reference } }
        : result;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/signals",
    summary: "Les remontées de vos Fabriques (partenaire : celles que vous avez transmises), filtrées",
    tag,
    auth: "token",
    query: listSignalsQuery,
    response: z.object({
      signals: z.array(signalSummary),
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, query }) => {
      const result = await listSignals(deps, actor!, query);
      if (!result.ok) return result;
      const { items, ...rest } = result.value;
      return { ok: true, value: { signals: items.map(shape), ...rest } };
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/signals",
    summary: "Enregistrer une remontée pour votre Fabrique, avec son canal et sa source",
    tag,
    auth: "token",
    body: createSignalInput,
    response: z.object({ id: z.uuid(), reference: z.string() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN"],
    handler: async ({ deps, actor, body }) => createSignal(deps, actor!, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/signals/assisted",
    summary:
      "Saisie assistée : enregistrer la remontée d'une personne rencontrée (réunion publique, campagne), pour elle",
    tag,
    auth: "token",
    body: assistedSignalInput,
    response: z.object({ id: z.uuid(), reference: z.string() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN"],
    handler: async ({ deps, actor, body }) => createAssistedSignal(deps, actor!, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/signals/similar",
    summary:
      "Doublons pendant la saisie : remontées et projets du réseau semblables à un texte pas encore enregistré",
    tag,
    auth: "token",
    query: similarDraftQuery,
    response: z.object({ similar: similarSignalsOutput, initiatives: similarInitiativesOutput }),
    errors: ["INVALID_INPUT", "FORBIDDEN"],
    handler: async ({ deps, actor, query }) => findSimilarForDraft(deps, actor!, query),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/signals/:id",
    summary: "Une remontée et son historique",
    tag,
    auth: "token",
    params: idParams,
    response: signalDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getSignal(deps, actor!, params.id);
      if (!result.ok) return result;
      const row = result.value;
      return {
        ok: true,
        value: {
          ...shape(row),
          submitter: { name: row.submitterName, email: row.submitterEmail, type: row.submitterType },
        },
      };
    },
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/signals/:id",
    summary: "Modifier une remontée (équipe) ; `version` doit être celle lue, sinon 409",
    tag,
    auth: "token",
    params: idParams,
    body: updateSignalInput,
    response: z.object({ id: z.uuid(), version: z.number().int() }),
    errors: ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => updateSignal(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/signals/:id/transitions",
    summary: "Changer le statut d'une remontée (qualifier, fusionner, mettre en veille, écarter…)",
    tag,
    auth: "token",
    params: idParams,
    body: changeSignalStatusInput,
    response: z.object({
      id: z.uuid(),
      fromStatus: z.enum(signalStatuses),
      status: z.enum(signalStatuses),
      statusChangedAt: dateTime,
      version: z.number().int(),
    }),
    errors: ["NOT_FOUND", "FORBIDDEN", "TRANSITION_REFUSED", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => changeSignalStatus(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/signals/:id/spam",
    summary: "Confirmer qu'une remontée est indésirable, ou lever le soupçon (équipe)",
    tag,
    auth: "token",
    params: idParams,
    body: updateSignalSpamInput,
    response: z.object({ id: z.uuid(), spam: z.enum(spamMarks), version: z.number().int() }),
    errors: ["NOT_FOUND", "FORBIDDEN", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => updateSignalSpam(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/signals/:id/matches",
    summary:
      "Ce qui existe déjà : modèles du catalogue (avec pourquoi), remontées et projets semblables du réseau, offre existante",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({
      models: z
        .array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            summary: z.string(),
            score: z.number(),
            why: z.array(z.object({ kind: z.string(), label: z.string() }).catchall(z.unknown())),
          }),
        )
        .describe("Modèles du catalogue qui répondent à la remontée, classés, avec la raison"),
      similar: similarSignalsOutput,
      initiatives: similarInitiativesOutput,
      offer: z
        .array(z.object({ source: z.string(), id: z.string(), name: z.string() }).catchall(z.unknown()))
        .describe(
          "Services de l'offre existante (data·inclusion) qui couvrent le territoire, dans ses thèmes",
        ),
      offerTotal: z.number().int(),
      offerByText: z
        .array(
          z
            .object({
              source: z.string(),
              id: z.string(),
              name: z.string(),
              matchedWords: z.array(z.string()),
            })
            .catchall(z.unknown()),
        )
        .describe(
          "Services de l'offre existante sans thématique, proposés d'après leur nom et leur description, avec les mots de la remontée qu'ils reprennent",
        ),
      unavailable: z
        .array(z.enum(["models", "offer"]))
        .describe(
          "Les recherches qui n'ont pas abouti (catalogue, offre) : leur liste vide ne veut rien dire",
        ),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => getSignalMatches(deps, actor!, params.id),
  }),
];
