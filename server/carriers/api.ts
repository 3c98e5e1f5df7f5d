import { z } from "zod";
import { ok } from "../core/result";
import {
  carrierKinds,
  carrierStatuses,
  handoverItems,
  organisationKinds,
  outcomeKinds,
  siaeKinds,
  territoryKinds,
  turnoverBands,
} from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { updateOwnOrganisationInput } from "../organisations/organisation-schemas";
import {
  chooseCarrierInput,
  createCarrierCandidateInput,
  inviteCarrierInput,
  type RecordFollowUpInput,
  type RecordOutcomeInput,
  recordFollowUpInput,
  recordHandoverInput,
  recordOutcomeInput,
} from "./carrier-schemas";
import { chooseCarrier, declineCarrier } from "./choose-carrier";
import { createCarrierCandidate } from "./create-carrier-candidate";
import { getCarrierDossier } from "./get-carrier-dossier";
import { getCarrierOrganisation } from "./get-carrier-organisation";
import { inviteCarrier } from "./invite-carrier";
import { proposeOutcomeModel } from "./propose-outcome-model";
import { recordFollowUp } from "./record-follow-up";
import { recordHandover } from "./record-handover";
import { recordOutcome } from "./record-outcome";
import { updateCarrierOrganisation } from "./update-carrier-organisation";

const tag = "Projets — porteur, transmission, lancement";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });
const organisationParams = z.object({ id: z.string().max(60).describe("Identifiant de l'acteur") });
const carrierOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds).describe("Type d'acteur (choisi par la Fabrique)"),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  legalForm: z.string(),
  esusUntil: z.string().nullable().describe("Agrément ESUS valable jusqu'au (AAAA-MM-JJ)"),
  esusExpired: z.boolean(),
  siaeKind: z.enum(siaeKinds).nullable(),
  adaptedEnterprise: z.boolean(),
  territory: z
    .object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() })
    .nullable(),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  fabriqueName: z.string(),
});
const carrierParams = idParams.extend({
  carrierId: z.string().max(60).describe("Identifiant du porteur envisagé"),
});

const candidateOutput = z.object({
  id: z.uuid(),
  kind: z.enum(carrierKinds),
  name: z.string(),
  status: z
    .enum(carrierStatuses)
    .describe("considered (envisagé), chosen (retenu : chef de file ou co-porteur), declined (écarté)"),
  lead: z.boolean().describe("Le porteur chef de file, à qui le projet est transmis (un seul par projet)"),
  note: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  decidedAt: dateTime.nullable(),
});
const handoverOutput = z.object({
  carrierCandidateId: z.uuid().describe("Le porteur chef de file à qui le projet est transmis"),
  carrierName: z.string(),
  coCarrierNames: z.array(z.string()).describe("Les co-porteurs retenus avec lui"),
  transferred: z.array(z.enum(handoverItems)),
  conditions: z.string(),
  handedOverOn: z.string().describe("AAAA-MM-JJ"),
  recordedAt: dateTime,
});
const outcomeOutput = z.object({
  kind: z.enum(outcomeKinds),
  modelId: z.uuid().nullable().describe("Le modèle essaimé (essaimage)"),
  modelTitle: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  activityName: z.string(),
  openedOn: z.string().describe("AAAA-MM-JJ"),
  jobsFteHundredths: z.number().int().describe("Emplois créés, en centièmes d'ETP (150 = 1,5 ETP)"),
  insertionFteHundredths: z.number().int(),
  disabilityFteHundredths: z.number().int(),
  note: z.string(),
  proposedModelId: z
    .uuid()
    .nullable()
    .describe("Le brouillon de modèle proposé au catalogue à partir de ce projet"),
  proposedModelTitle: z.string().nullable(),
});
const followUpOutput = z.object({
  milestoneMonths: z.number().int(),
  measuredOn: z.string(),
  stillRunning: z.boolean().describe("L'activité tournait encore à l'échéance"),
  jobsFteHundredths: z.number().int(),
  insertionFteHundredths: z.number().int(),
  disabilityFteHundredths: z.number().int(),
  turnoverBand: z.enum(turnoverBands).nullable().describe("Tranche de chiffre d'affaires de l'année"),
  revenueCents: z.number().int().nullable(),
  beneficiaries: z.number().int().nullable(),
  note: z.string(),
});

export const carrierApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/carriers",
    summary: "Les porteurs envisagés d'un projet, la transmission, le lancement et son suivi",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({
      carriers: z.array(candidateOutput),
      handover: handoverOutput.nullable(),
      outcome: outcomeOutput.nullable(),
      followUps: z.array(followUpOutput),
      carrierAccounts: z.array(z.object({ name: z.string(), email: z.string() })),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getCarrierDossier(deps, actor, params.id);
      if (!result.ok) return result;
      const v = result.value;
      return ok({
        carriers: v.candidates,
        handover: v.handover,
        outcome: v.outcome,
        followUps: v.followUps,
        carrierAccounts: v.carrierAccounts.map(({ name, email }) => ({ name, email })),
      });
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carriers",
    summary:
      "Ajouter un porteur envisagé (structure existante, personne, collectif, structure à créer, chef·fe de projet à recruter) ; aux étapes étude d'opportunité et recherche du porteur (409 WRITE_REFUSED sinon)",
    tag,
    auth: "token",
    params: idParams,
    body: createCarrierCandidateInput,
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => createCarrierCandidate(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carriers/:carrierId/choose",
    summary:
      "Retenir ce porteur, à l'étape recherche du porteur. Plusieurs porteurs peuvent être retenus (co-portage) : le premier retenu est chef de file, les suivants co-porteurs ; avec lead: true, celui-ci devient chef de file et le précédent reste retenu comme co-porteur. Depuis décembre 2026, retenir un second porteur ne rétrograde plus le premier. Chaque changement est journalisé.",
    tag,
    auth: "token",
    params: carrierParams,
    body: chooseCarrierInput.optional(),
    response: z.object({
      id: z.uuid(),
      status: z.literal("chosen"),
      lead: z.boolean().describe("Ce porteur est le chef de file"),
    }),
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) =>
      chooseCarrier(deps, actor!, params.id, params.carrierId, body ?? {}),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carriers/:carrierId/decline",
    summary:
      "Écarter ce porteur envisagé (écarter le chef de file n'en désigne pas d'autre : le passage à la transmission attend qu'un chef de file soit désigné)",
    tag,
    auth: "token",
    params: carrierParams,
    response: z.object({ id: z.uuid(), status: z.literal("declined") }),
    errors: ["FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params }) => declineCarrier(deps, actor!, params.id, params.carrierId),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carrier-invitation",
    summary: "Inviter le porteur retenu : un compte qui n'a accès qu'à ce projet",
    tag,
    auth: "token",
    params: idParams,
    body: inviteCarrierInput,
    response: z.object({ id: z.uuid(), email: z.string(), expiresAt: dateTime }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => inviteCarrier(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "PUT",
    path: "/api/v1/initiatives/:id/handover",
    summary:
      "Enregistrer la transmission au porteur chef de file : ce qui est transmis, les conditions, la date ; à l'étape transmission, par l'équipe ou le porteur",
    tag,
    auth: "token",
    params: idParams,
    body: recordHandoverInput,
    response: z.object({ carrierCandidateId: z.uuid() }),
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => recordHandover(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "PUT",
    path: "/api/v1/initiatives/:id/outcome",
    summary:
      "Enregistrer le lancement : nouvelle structure, nouvelle activité ou essaimage d'un modèle publié, emplois créés (ETP) ; aux étapes lancement et suivi. L'activité n'est publique (et comptée) qu'une fois sa date d'ouverture venue ; avant, elle est « ouverture prévue le … »",
    tag,
    auth: "token",
    params: idParams,
    body: recordOutcomeInput,
    response: z.object({ kind: z.string() }),
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    // The service parses the body itself: its FTE fields turn "1,5" into hundredths, once.
    handler: async ({ deps, actor, params, request }) =>
      recordOutcome(deps, actor!, params.id, request.body as RecordOutcomeInput),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/outcome/model-proposal",
    summary: "Proposer au catalogue le nouveau modèle né de ce projet lancé (crée un brouillon de modèle)",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({ modelId: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params }) => proposeOutcomeModel(deps, actor!, params.id),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/follow-ups",
    summary:
      "Enregistrer les indicateurs de suivi à 6, 12 ou 36 mois (emplois, chiffre d'affaires, bénéficiaires), à l'étape suivi",
    tag,
    auth: "token",
    params: idParams,
    body: recordFollowUpInput,
    response: z.object({ milestoneMonths: z.number().int() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, request }) =>
      recordFollowUp(deps, actor!, params.id, request.body as RecordFollowUpInput),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/carrier-organisations/:id",
    summary: "La fiche de votre structure, pour un compte porteur (celle du porteur retenu lié au compte)",
    tag,
    auth: "token",
    params: organisationParams,
    response: carrierOrganisation,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => getCarrierOrganisation(deps, actor!, params.id),
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/carrier-organisations/:id",
    summary:
      "Modifier la fiche de votre structure (compte porteur) : nom, SIREN/SIRET, forme juridique, agréments, territoire, coordonnées ; `version` doit être celle lue, sinon 409",
    tag,
    auth: "token",
    params: organisationParams,
    body: updateOwnOrganisationInput,
    response: z.object({ id: z.uuid(), version: z.number().int() }),
    errors: ["NOT_FOUND", "CONFLICT", "INVALID_INPUT"],
    handler: async ({ deps, actor, params, body }) =>
      updateCarrierOrganisation(deps, actor!, params.id, body),
  }),
];
