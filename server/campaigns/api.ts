import { z } from "zod";
import { signalKinds, signalStatuses, territoryKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import type { CampaignSummary } from "./campaign-query";
import { createCampaignInput, updateCampaignInput } from "./campaign-schemas";
import { createCampaign } from "./create-campaign";
import { getCampaign } from "./get-campaign";
import { listCampaigns } from "./list-campaigns";
import { updateCampaign } from "./update-campaign";

const tag = "Campagnes";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant de la campagne") });

const campaignSummary = z.object({
  id: z.uuid(),
  slug: z.string().describe("Adresse courte : la page publique est /f/{fabrique}/campagnes/{slug}"),
  title: z.string(),
  question: z.string(),
  description: z.string(),
  audience: z.string(),
  opensOn: z.string().describe("Premier jour de réponse (AAAA-MM-JJ)"),
  closesOn: z.string().describe("Dernier jour de réponse, inclus (AAAA-MM-JJ)"),
  state: z.enum(["upcoming", "open", "closed"]).describe("upcoming, open ou closed, à la date du jour"),
  territory: z
    .object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() })
    .nullable(),
  signalCount: z.number().int().describe("Remontées reçues par la campagne"),
  addressLimitPerHour: z
    .number()
    .int()
    .nullable()
    .describe("Envois par adresse et par heure avant d'être marqués suspects ; null : la limite par défaut"),
  fabrique: z.object({ slug: z.string(), name: z.string() }),
  createdAt: dateTime,
});

const campaignDetails = campaignSummary.extend({
  signals: z
    .array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        kind: z.enum(signalKinds),
        title: z.string(),
        status: z.enum(signalStatuses),
        createdAt: dateTime,
      }),
    )
    .describe("Remontées reçues par la campagne, les plus récentes d'abord"),
});

const shape = (row: CampaignSummary & { state: "upcoming" | "open" | "closed" }) => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  question: row.question,
  description: row.description,
  audience: row.audience,
  opensOn: row.opensOn,
  closesOn: row.closesOn,
  state: row.state,
  territory:
    row.territoryKind && row.territoryCode
      ? {
          kind: row.territoryKind as (typeof territoryKinds)[number],
          code: row.territoryCode,
          name: row.territoryName,
        }
      : null,
  signalCount: row.signalCount,
  addressLimitPerHour: row.addressLimitPerHour,
  fabrique: { slug: row.fabriqueSlug, name: row.fabriqueName },
  createdAt: row.createdAt,
});

const created = z.object({ id: z.uuid(), slug: z.string() });

export const campaignApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/campaigns",
    summary: "Les campagnes (appels à révélation) de vos Fabriques, avec le nombre de remontées reçues",
    tag,
    auth: "token",
    response: z.object({ campaigns: z.array(campaignSummary) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor }) => {
      const result = await listCampaigns(deps, actor!);
      return result.ok ? { ok: true, value: { campaigns: result.value.map(shape) } } : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/campaigns",
    summary: "Ouvrir une campagne (appel à révélation) pour votre Fabrique",
    tag,
    auth: "token",
    body: createCampaignInput,
    response: created,
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN"],
    handler: async ({ deps, actor, body }) => createCampaign(deps, actor!, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/campaigns/:id",
    summary: "Une campagne et les remontées qu'elle a reçues",
    tag,
    auth: "token",
    params: idParams,
    response: campaignDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getCampaign(deps, actor!, params.id);
      if (!result.ok) return result;
      const signals = result.value.signals.map(({ id, reference, kind, title, status, createdAt }) => ({
        id,
        reference,
        kind,
        title,
        status,
        createdAt,
      }));
      return { ok: true, value: { ...shape(result.value), signals } };
    },
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/campaigns/:id",
    summary: "Modifier une campagne (équipe de la Fabrique) ; avancer `closesOn` la clôt plus tôt",
    tag,
    auth: "token",
    params: idParams,
    body: updateCampaignInput,
    response: created,
    errors: ["NOT_FOUND", "FORBIDDEN", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => updateCampaign(deps, actor!, params.id, body),
  }),
];
