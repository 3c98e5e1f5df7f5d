import { z } from "zod";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import {
  assistedChannels,
  coverageConclusions,
  signalChannels,
  signalKinds,
  signalStatuses,
  submitterTypes,
} from "../../shared/codes/signals";
import { territoryKinds } from "../../shared/codes/territories";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { frenchList, optionalCalendarDate, versionNumber } from "../core/validation";

const v = fr.signals.validation;

const title = z
  .string({ error: v.title })
  .trim()
  .min(5, { error: v.title })
  .max(200, { error: v.titleTooLong })
  .describe("Titre, en une phrase (5 à 200 caractères)");
const description = z
  .string({ error: v.description })
  .trim()
  .min(20, { error: v.description })
  .max(5000, { error: v.descriptionTooLong })
  .describe("Ce qui a été constaté, pour qui, depuis quand (20 à 5 000 caractères)");
const kind = z
  .enum(signalKinds, { error: v.kind })
  .describe("need, territory, idea, resource ou replication");
export const territory = z
  .object(
    {
      kind: z.enum(territoryKinds, { error: v.territory }),
      code: z
        .string({ error: v.territory })
        .trim()
        .min(1, { error: v.territory })
        .max(20, { error: v.territory }),
    },
    { error: v.territory },
  )
  .describe("Territoire concerné : {kind, code} (code officiel INSEE, SIREN d'EPCI ou code QPV)");
export const themeCodes = z
  .array(z.string().max(60))
  .max(10)
  .describe("Codes de thèmes du catalogue (`GET /api/v1/themes`)");
/** Publics are data·inclusion codes: an unknown code is refused, not stored (issue 13). */
export const publicCodes = z
  .array(
    z.string().refine((code) => (inclusionPublics as readonly string[]).includes(code), {
      error: t(fr.validation.code, { values: frenchList(inclusionPublics) }),
    }),
  )
  .max(20)
  .describe(`Codes de publics data·inclusion : ${inclusionPublics.join(", ")}`);
const publics = publicCodes.default([]);
const shortText = (max: number) => z.string().trim().max(max).default("");

/** A wake-up day (`AAAA-MM-JJ` or `JJ/MM/AAAA`), checked against the calendar; blank is none. */
export const wakeUpDate = optionalCalendarDate(v.wakeUpOn);

/** What the public sends without an account (`POST /api/v1/public/signals` and the public form). */
export const publicSignalInput = z.object({
  fabrique: z
    .string({ error: v.fabrique })
    .min(1, { error: v.fabrique })
    .max(100)
    .describe("Adresse courte de la Fabrique"),
  kind,
  title,
  description,
  territory,
  themes: themeCodes.min(1, { error: v.themes }),
  publics,
  submitter: z
    .object(
      {
        name: z
          .string({ error: v.submitterName })
          .trim()
          .min(2, { error: v.submitterName })
          .max(200, { error: v.submitterName }),
        email: z.email({ error: v.submitterEmail }).max(254, { error: v.submitterEmail }),
        type: z.enum(submitterTypes, { error: v.submitterType }),
      },
      { error: v.submitterName },
    )
    .describe("Qui soumet : nom, e-mail, type (resident, association, company, local_authority, other)"),
  consent: z
    .literal(true, { error: v.consent })
    .describe("Consentement au traitement des données (RGPD) : true"),
  campaign: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe(
      "Adresse courte d'une campagne ouverte de la Fabrique (appel à révélation) à laquelle répond la remontée",
    ),
  website: z
    .string()
    .max(2000)
    .optional()
    .describe(
      "Piège à robots : à laisser vide ou absent. Rempli, la remontée est gardée mais marquée suspecte pour l'équipe",
    ),
});
export type PublicSignalInput = z.input<typeof publicSignalInput>;

/** What a team member or partner records (`POST /api/v1/signals` and `/signaux/nouveau`). */
export const createSignalInput = z.object({
  fabriqueId: z.uuid().optional().describe("Fabrique propriétaire ; obligatoire si vous êtes dans plusieurs"),
  kind,
  title,
  description,
  territory,
  themes: themeCodes.default([]),
  publics,
  channel: z.enum(signalChannels, { error: v.channel }).describe(signalChannels.join(", ")),
  sourceOrganisation: shortText(300).describe("Organisation à l'origine (texte libre)"),
  sourcePerson: shortText(300).describe("Personne à l'origine (texte libre)"),
  evidence: shortText(10000).describe("Éléments à l'appui : notes, chiffres"),
});
export type CreateSignalInput = z.input<typeof createSignalInput>;

/** An edit names the version it started from; a stale version is refused (409). */
export const updateSignalInput = z.object({
  version: versionNumber(v.version),
  kind: kind.optional(),
  title: title.optional(),
  description: description.optional(),
  territory: territory.optional(),
  themes: themeCodes.optional(),
  publics: publicCodes.optional(),
  channel: z.enum(signalChannels, { error: v.channel }).optional(),
  sourceOrganisation: z.string().trim().max(300).optional(),
  sourcePerson: z.string().trim().max(300).optional(),
  evidence: z.string().trim().max(10000).optional(),
  coverage: z
    .enum(coverageConclusions)
    .nullable()
    .optional()
    .describe("not_covered, partly_covered ou covered"),
  coverageNote: z.string().trim().max(2000).optional(),
});
export type UpdateSignalInput = z.input<typeof updateSignalInput>;

export const changeSignalStatusInput = z.object({
  to: z.enum(signalStatuses).describe("Statut visé"),
  reason: z.string().max(2000).default("").describe("Motif (obligatoire pour écarter ou mettre en veille)"),
  wakeUpOn: wakeUpDate.describe("Date de réveil AAAA-MM-JJ (obligatoire pour mettre en veille)"),
  targetId: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe("Pour une fusion : identifiant ou référence (ADR-2026-0001) de la remontée cible"),
});
export type ChangeSignalStatusInput = z.input<typeof changeSignalStatusInput>;

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values).optional());
export const optionalDate = optionalCalendarDate();

/** Filters of the list, in the URL of `/signaux` and the query of `GET /api/v1/signals`. */
export const listSignalsQuery = z.object({
  fabrique: z.string().max(100).optional().describe("Adresse courte d'une de vos Fabriques"),
  kind: optionalEnum(signalKinds),
  status: optionalEnum(signalStatuses),
  channel: optionalEnum(signalChannels),
  theme: z.string().max(60).optional(),
  territory: z
    .string()
    .max(40)
    .regex(/^(region|departement|epci|commune|qpv):[\w-]+$/)
    .optional()
    .or(z.literal("").transform(() => undefined))
    .describe("`kind:code` ; comprend tout ce que le territoire contient (communes d'un EPCI…)"),
  from: optionalDate.describe("Reçues à partir de ce jour, heure de Paris (AAAA-MM-JJ)"),
  to: optionalDate.describe("Reçues jusqu'à ce jour inclus, heure de Paris (AAAA-MM-JJ)"),
  campaign: z
    .preprocess((value) => (value === "" ? undefined : value), z.uuid().optional())
    .describe("Identifiant d'une campagne (appel à révélation) : les remontées reçues par elle"),
  spam: optionalEnum(["suspected", "confirmed"] as const).describe(
    "suspected : les remontées marquées suspectes ; confirmed : les indésirables confirmées. Absent : tout sauf les indésirables confirmées",
  ),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListSignalsQuery = z.output<typeof listSignalsQuery>;

/** The team's verdict on a signal's spam mark (decision record 0037). */
export const updateSignalSpamInput = z.object({
  verdict: z
    .enum(["confirm", "clear"], { error: v.spamVerdict })
    .describe("confirm : indésirable (masquée de la liste par défaut) ; clear : vérifiée, pas indésirable"),
});
export type UpdateSignalSpamInput = z.input<typeof updateSignalSpamInput>;

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * Saisie assistée (`POST /api/v1/signals/assisted` and `/signaux/saisie`): a team member enters a
 * resident's submission for them at an event, with the channel and the campaign it answers. The
 * resident's e-mail is optional (not everyone gives one at a public meeting); their consent is not.
 */
export const assistedSignalInput = z.object({
  fabriqueId: z.uuid().optional().describe("Fabrique propriétaire ; obligatoire si vous êtes dans plusieurs"),
  campaignId: z
    .preprocess(emptyToUndefined, z.uuid({ error: v.campaign }).optional())
    .describe("Identifiant de la campagne (appel à révélation) à laquelle la personne répond"),
  channel: z
    .enum(assistedChannels, { error: v.channel })
    .default("event")
    .describe(`${assistedChannels.join(", ")} (event par défaut)`),
  kind,
  title,
  description,
  territory,
  themes: themeCodes.default([]),
  publics,
  submitter: z
    .object(
      {
        name: z
          .string({ error: v.residentName })
          .trim()
          .min(2, { error: v.residentName })
          .max(200, { error: v.residentName }),
        email: z.preprocess(
          emptyToUndefined,
          z.email({ error: v.residentEmail }).max(254, { error: v.residentEmail }).optional(),
        ),
        type: z.enum(submitterTypes, { error: v.submitterType }).default("resident"),
      },
      { error: v.residentName },
    )
    .describe("La personne qui s'exprime : nom, e-mail facultatif, type (resident par défaut)"),
  consent: z
    .literal(true, { error: v.residentConsent })
    .describe("La personne a accepté le traitement de ses données (RGPD) : true"),
});
export type AssistedSignalInput = z.input<typeof assistedSignalInput>;
