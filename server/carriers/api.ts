import { z } from "zod";
import { ok } from "../core/result";
import { carrierKinds, carrierStatuses, handoverItems, outcomeKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import {
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
import { inviteCarrier } from "./invite-carrier";
import { proposeOutcomeModel } from "./propose-outcome-model";
import { recordFollowUp } from "./record-follow-up";
import { recordHandover } from "./record-handover";
import { recordOutcome } from "./record-outcome";

const tag = "Projets — porteur, transmission, lancement";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });
const carrierParams = idParams.extend({
  carrierId: z.string().max(60).describe("Identifiant du porteur envisagé"),
});

const candidateOutput = z.object({
  id: z.uuid(),
  kind: z.enum(carrierKinds),
  name: z.string(),
  status: z.enum(carrierStatuses).describe("considered (envisagé), chosen (retenu), declined (écarté)"),
  note: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  decidedAt: dateTime.nullable(),
});
const handoverOutput = z.object({
  carrierCandidateId: z.uuid(),
  carrierName: z.string(),
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
  jobsFteHundredths: z.number().int(),
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
      "Ajouter un porteur envisagé (structure existante, personne, collectif, structure à créer, chef·fe de projet à recruter)",
    tag,
    auth: "token",
    params: idParams,
    body: createCarrierCandidateInput,
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, params, body }) => createCarrierCandidate(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carriers/:carrierId/choose",
    summary: "Retenir ce porteur (celui retenu avant redevient envisagé ; le changement est journalisé)",
    tag,
    auth: "token",
    params: carrierParams,
    response: z.object({ id: z.uuid(), status: z.literal("chosen") }),
    errors: ["FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, params }) => chooseCarrier(deps, actor!, params.id, params.carrierId),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/carriers/:carrierId/decline",
    summary: "Écarter ce porteur envisagé",
    tag,
    auth: "token",
    params: carrierParams,
    response: z.object({ id: z.uuid(), status: z.literal("declined") }),
    errors: ["FORBIDDEN", "NOT_FOUND"],
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
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, params, body }) => inviteCarrier(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "PUT",
    path: "/api/v1/initiatives/:id/handover",
    summary: "Enregistrer la transmission au porteur retenu : ce qui est transmis, les conditions, la date",
    tag,
    auth: "token",
    params: idParams,
    body: recordHandoverInput,
    response: z.object({ carrierCandidateId: z.uuid() }),
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, params, body }) => recordHandover(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "PUT",
    path: "/api/v1/initiatives/:id/outcome",
    summary:
      "Enregistrer le lancement : nouvelle structure, nouvelle activité ou essaimage d'un modèle publié, emplois créés (ETP)",
    tag,
    auth: "token",
    params: idParams,
    body: recordOutcomeInput,
    response: z.object({ kind: z.string() }),
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
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
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    handler: async ({ deps, actor, params }) => proposeOutcomeModel(deps, actor!, params.id),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/follow-ups",
    summary:
      "Enregistrer les indicateurs de suivi à 6, 12 ou 36 mois (emplois, chiffre d'affaires, bénéficiaires)",
    tag,
    auth: "token",
    params: idParams,
    body: recordFollowUpInput,
    response: z.object({ milestoneMonths: z.number().int() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
    handler: async ({ deps, actor, params, request }) =>
      recordFollowUp(deps, actor!, params.id, request.body as RecordFollowUpInput),
  }),
];
