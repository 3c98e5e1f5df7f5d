import { z } from "zod";
import { entryPoints, initiativeStages } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { optionalCalendarDate, versionNumber } from "../core/validation";
import { isSignalIdOrReference } from "../signals/signal-id";
import {
  optionalEnum,
  publicCodes as publics,
  territory,
  themeCodes,
  wakeUpDate,
} from "../signals/signal-schemas";

const v = fr.initiatives.validation;

const title = z
  .string({ error: v.title })
  .trim()
  .min(5, { error: v.title })
  .max(200, { error: v.titleTooLong })
  .describe("Intitulé du projet (5 à 200 caractères)");
const longText = (max: number) => z.string().trim().max(max, { error: v.tooLong });

const optionalUuid = (message: string) =>
  z.preprocess((value) => (value === "" ? null : value), z.uuid({ error: message }).nullable().optional());

/** `POST /api/v1/initiatives` and `/projets/nouveau`. */
export const createInitiativeInput = z.object({
  fabriqueId: z
    .uuid()
    .optional()
    .describe("Fabrique propriétaire ; obligatoire si vous êtes dans plusieurs équipes"),
  title,
  summary: longText(500).default("").describe("En une phrase"),
  description: longText(10000).default(""),
  territory,
  entryPoint: z
    .enum(entryPoints, { error: v.entryPoint })
    .optional()
    .describe(
      "need, territory, idea, resource ou replication ; replication par défaut quand un modèle est donné",
    ),
  themes: themeCodes.default([]),
  publics: publics.default([]),
  signalIds: z
    .array(z.string({ error: v.signalIds }).trim().refine(isSignalIdOrReference, { error: v.signalIds }))
    .max(50)
    .default([])
    .describe(
      "Remontées d'origine, par identifiant ou référence (ADR-2026-0001) ; elles passent au statut « transformée en projet »",
    ),
  modelId: optionalUuid(v.modelId).describe("Modèle du catalogue à essaimer ici"),
  commissionerOrganisationId: optionalUuid(v.commissioner).describe("Commanditaire (annuaire des acteurs)"),
  officerUserId: optionalUuid(v.officer).describe("Chargé·e de mission ; vous-même par défaut"),
  programmeIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .describe("Programmes / conventions qui couvrent le projet"),
});
export type CreateInitiativeInput = z.input<typeof createInitiativeInput>;

/** `PATCH /api/v1/initiatives/{id}` and `/projets/{id}/modifier`: names the version it started from. */
export const updateInitiativeInput = z.object({
  version: versionNumber(v.version),
  title: title.optional(),
  summary: longText(500).optional(),
  description: longText(10000).optional(),
  privateNotes: longText(10000).optional().describe("Notes internes à l'équipe"),
  territory: territory.optional(),
  themes: themeCodes.optional(),
  publics: publics.optional(),
  modelId: optionalUuid(v.modelId),
  commissionerOrganisationId: optionalUuid(v.commissioner),
  officerUserId: optionalUuid(v.officer),
});
export type UpdateInitiativeInput = z.input<typeof updateInitiativeInput>;

/** `POST /api/v1/initiatives/{id}/transitions`. */
export const moveInitiativeInput = z.object({
  to: z.enum(initiativeStages, { error: v.stage }).describe("Étape visée"),
  reason: z
    .string()
    .max(2000)
    .default("")
    .describe("Motif (obligatoire pour revenir en arrière, mettre en veille, abandonner)"),
  wakeUpOn: wakeUpDate.describe("Date de réveil AAAA-MM-JJ (obligatoire pour mettre en veille)"),
});
export type MoveInitiativeInput = z.input<typeof moveInitiativeInput>;

/** Filters of `/projets` and `GET /api/v1/initiatives`. */
export const listInitiativesQuery = z.object({
  fabrique: z.string().max(100).optional().describe("Adresse courte d'une de vos Fabriques"),
  stage: optionalEnum(initiativeStages),
  entryPoint: optionalEnum(entryPoints),
  theme: z.string().max(60).optional(),
  territory: z
    .string()
    .max(40)
    .regex(/^(region|departement|epci|commune|qpv):[\w-]+$/)
    .optional()
    .or(z.literal("").transform(() => undefined))
    .describe("`kind:code` ; comprend tout ce que le territoire contient"),
  programme: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  officer: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  q: z.string().trim().max(200).optional().describe("Mots de l'intitulé ou de la référence"),
  from: optionalCalendarDate().describe(
    "Projets ouverts (créés) à partir de ce jour, heure de Paris (AAAA-MM-JJ)",
  ),
  to: optionalCalendarDate().describe(
    "Projets ouverts (créés) jusqu'à ce jour inclus, heure de Paris (AAAA-MM-JJ)",
  ),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListInitiativesQuery = z.output<typeof listInitiativesQuery>;
