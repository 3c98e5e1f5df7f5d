import { z } from "zod";
import { ok } from "../core/result";
import { organisationKinds, partnerRoles, siaeKinds, territoryKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { createOrganisation } from "./create-organisation";
import { getOrganisation } from "./get-organisation";
import {
  addInitiativePartner,
  type InitiativePartnerItem,
  listInitiativePartners,
  removeInitiativePartner,
} from "./initiative-partners";
import { listOrganisations } from "./list-organisations";
import {
  addPartnerInput,
  createOrganisationInput,
  listOrganisationsQuery,
  updateOrganisationInput,
} from "./organisation-schemas";
import { updateOrganisation } from "./update-organisation";

const tag = "Acteurs";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant de l'acteur") });
const initiativeParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });

const organisationSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  siren: z.string().nullable(),
  legalForm: z.string(),
  esusUntil: z.string().nullable().describe("Agrément ESUS valable jusqu'au (AAAA-MM-JJ)"),
  esusExpired: z.boolean().describe("L'agrément ESUS est passé"),
  siaeKind: z.enum(siaeKinds).nullable(),
  adaptedEnterprise: z.boolean(),
  territoryName: z.string().nullable(),
  fabrique: z.object({ slug: z.string(), name: z.string() }),
});

const organisationDetails = organisationSummary.extend({
  siret: z.string().nullable(),
  territory: z
    .object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() })
    .nullable(),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  updatedAt: dateTime,
  contacts: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      jobTitle: z.string(),
      email: z.string(),
      phone: z.string(),
      hasAccount: z.boolean(),
    }),
  ),
  initiatives: z
    .array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        title: z.string(),
        stage: z.string(),
        roles: z.array(z.enum(partnerRoles)),
      }),
    )
    .describe("Projets auxquels l'acteur ou une de ses personnes prend part, avec leurs rôles"),
});

const partner = z.object({
  id: z.uuid(),
  role: z.enum(partnerRoles),
  roleLabel: z.string().describe("Le rôle en français"),
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  contact: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  displayName: z.string().describe("« Personne (Organisation) », la personne ou l'organisation"),
  note: z.string().describe("Note de l'équipe (vide pour un·e partenaire)"),
});

const shapePartner = (item: InitiativePartnerItem) => ({
  id: item.id,
  role: item.role,
  roleLabel: item.roleLabel,
  organisation: item.organisationId ? { id: item.organisationId, name: item.organisationName ?? "" } : null,
  contact: item.contactId ? { id: item.contactId, name: item.contactName ?? "" } : null,
  displayName: item.displayName,
  note: item.note,
});

export const organisationApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/organisations",
    summary: "L'annuaire des acteurs de vos Fabriques, recherché et filtré, par page",
    tag,
    auth: "token",
    query: listOrganisationsQuery,
    response: z.object({
      organisations: z.array(organisationSummary),
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, query }) => {
      const result = await listOrganisations(deps, actor!, query);
      if (!result.ok) return result;
      const { items, ...rest } = result.value;
      return ok({
        organisations: items.map((item) => ({
          ...item,
          fabrique: { slug: item.fabriqueSlug, name: item.fabriqueName },
        })),
        ...rest,
      });
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/organisations",
    summary: "Ajouter un acteur à l'annuaire de votre Fabrique (SIREN/SIRET vérifiés)",
    tag,
    auth: "token",
    body: createOrganisationInput,
    response: z.object({ id: z.uuid(), version: z.number().int() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, body }) => createOrganisation(deps, actor!, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/organisations/:id",
    summary: "Un acteur, ses contacts et les projets auxquels il prend part",
    tag,
    auth: "token",
    params: idParams,
    response: organisationDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getOrganisation(deps, actor!, params.id);
      if (!result.ok) return result;
      const row = result.value;
      return ok({
        ...row,
        fabrique: { slug: row.fabriqueSlug, name: row.fabriqueName },
        territory:
          row.territoryKind && row.territoryCode
            ? { kind: row.territoryKind, code: row.territoryCode, name: row.territoryName }
            : null,
      });
    },
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/organisations/:id",
    summary: "Modifier un acteur (équipe) ; `version` doit être celle lue, sinon 409",
    tag,
    auth: "token",
    params: idParams,
    body: updateOrganisationInput,
    response: z.object({ id: z.uuid(), version: z.number().int() }),
    errors: ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) => updateOrganisation(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/partners",
    summary: "Les partenaires d'un projet et leurs rôles",
    tag,
    auth: "token",
    params: initiativeParams,
    response: z.object({ partners: z.array(partner) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await listInitiativePartners(deps, actor, params.id);
      return result.ok ? ok({ partners: result.value.map(shapePartner) }) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/partners",
    summary:
      "Ajouter un partenaire à un projet : un acteur et/ou un contact de l'annuaire, ou un nouvel acteur {name, kind}",
    tag,
    auth: "token",
    params: initiativeParams,
    body: addPartnerInput,
    response: partner,
    successStatus: 201,
    errors: ["INVALID_INPUT", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => {
      const result = await addInitiativePartner(deps, actor!, params.id, body);
      return result.ok ? ok(shapePartner(result.value)) : result;
    },
  }),
  defineApiRoute({
    method: "DELETE",
    path: "/api/v1/initiatives/:id/partners/:partnerId",
    summary: "Retirer un partenaire d'un projet (l'acteur reste dans l'annuaire)",
    tag,
    auth: "token",
    params: initiativeParams.extend({ partnerId: z.string().max(60).describe("Identifiant du rôle") }),
    response: z.object({ id: z.uuid() }),
    errors: ["NOT_FOUND", "FORBIDDEN", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params }) =>
      removeInitiativePartner(deps, actor!, params.id, params.partnerId),
  }),
];
