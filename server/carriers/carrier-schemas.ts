import { z } from "zod";
import {
  carrierKinds,
  followUpMilestones,
  handoverItems,
  outcomeKinds,
  turnoverBands,
} from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { calendarDate, wholeNumber } from "../core/validation";
import { parseEurosToCents, parseFteHundredths } from "./fte";

const text = fr.carriers;
const emptyToNull = (v: unknown) => (v === "" ? null : v);
const optionalId = (description: string) =>
  z.preprocess(emptyToNull, z.uuid().nullable()).optional().default(null).describe(description);
const isoDate = (description: string) => calendarDate().describe(`${description} (AAAA-MM-JJ)`);
/** A list given as an array or as a single form value. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
const fte = (description: string) =>
  z
    .preprocess(
      (v) => parseFteHundredths(v) ?? Number.NaN,
      wholeNumber({ min: 0, message: text.outcome.fteInvalid }),
    )
    .optional()
    .default(0)
    .describe(`${description}, en ETP (« 1,5 » ou 1.5) ; stocké en centièmes`);

export const createCarrierCandidateInput = z.object({
  kind: z
    .enum(carrierKinds)
    .describe("existing_structure, individual, collective, structure_to_create, project_lead_to_recruit"),
  name: z.string().trim().min(2).max(200).describe("La structure, la personne ou le collectif"),
  organisationId: optionalId("Organisation de l'annuaire de la Fabrique"),
  contactId: optionalId("Contact de l'annuaire de la Fabrique"),
  note: z.string().trim().max(5000).optional().default("").describe("Note"),
});
export type CreateCarrierCandidateInput = z.input<typeof createCarrierCandidateInput>;

export const chooseCarrierInput = z
  .object({
    lead: z
      .preprocess((v) => (v === "true" || v === "on" ? true : v === "false" ? false : v), z.boolean())
      .optional()
      .describe(
        "true : ce porteur devient le chef de file (le précédent reste retenu comme co-porteur). Sans ce champ, le premier porteur retenu est chef de file et les suivants sont co-porteurs.",
      ),
  })
  .describe("Facultatif");
export type ChooseCarrierInput = z.input<typeof chooseCarrierInput>;

export const recordHandoverInput = z.object({
  transferred: listOf(z.enum(handoverItems)).describe(
    "Ce qui est transmis : study, model, contacts, forecast, premises, funding, brand",
  ),
  conditions: z.string().trim().max(10_000).optional().default("").describe("Conditions de la transmission"),
  handedOverOn: isoDate("Date de la transmission"),
});
export type RecordHandoverInput = z.input<typeof recordHandoverInput>;

export const inviteCarrierInput = z.object({
  email: z.email().trim().toLowerCase().max(254).describe("Adresse électronique du porteur"),
});
export type InviteCarrierInput = z.input<typeof inviteCarrierInput>;

export const recordOutcomeInput = z.object({
  kind: z.enum(outcomeKinds).describe("new_organisation, new_activity ou replication"),
  modelId: optionalId("Pour un essaimage : le modèle publié du catalogue"),
  organisationId: optionalId("Structure qui porte l'activité (annuaire de la Fabrique)"),
  activityName: z.string().trim().min(2).max(200).describe("Nom de l'activité lancée"),
  openedOn: isoDate("Date d'ouverture"),
  jobs: fte("Emplois créés"),
  insertionJobs: fte("Dont emplois en insertion"),
  disabilityJobs: fte("Dont emplois de travailleurs handicapés"),
  note: z.string().trim().max(5000).optional().default(""),
});
export type RecordOutcomeInput = z.input<typeof recordOutcomeInput>;

export const recordFollowUpInput = z.object({
  milestoneMonths: z.coerce
    .number()
    .int()
    .refine((v) => (followUpMilestones as readonly number[]).includes(v), { message: "6, 12 ou 36" })
    .describe("Échéance : 6, 12 ou 36 mois après le lancement"),
  measuredOn: isoDate("Date de la mesure"),
  stillRunning: z
    .preprocess(
      (v) =>
        v === "no" || v === "false" ? false : v === "yes" || v === "true" || v === undefined ? true : v,
      z.boolean({ error: text.followUp.stillRunningInvalid }),
    )
    .describe("L'activité tourne-t-elle encore ? (true/false, ou yes/no dans un formulaire)"),
  jobs: fte("Emplois"),
  insertionJobs: fte("Dont emplois en insertion"),
  disabilityJobs: fte("Dont emplois de travailleurs handicapés"),
  turnoverBand: z
    .preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.enum(turnoverBands, { error: text.followUp.turnoverBandInvalid }).nullable(),
    )
    .optional()
    .default(null)
    .describe(`Tranche de chiffre d'affaires de l'année : ${turnoverBands.join(", ")}`),
  revenue: z
    .preprocess((v) => {
      const cents = parseEurosToCents(v);
      return cents === undefined ? Number.NaN : cents;
    }, z
      .number({ error: text.followUp.revenueInvalid })
      .int({ error: text.followUp.revenueInvalid })
      .min(-Number.MAX_SAFE_INTEGER, { error: text.followUp.revenueInvalid })
      .max(Number.MAX_SAFE_INTEGER, { error: text.followUp.revenueInvalid })
      .nullable())
    .optional()
    .default(null)
    .describe("Chiffre d'affaires de l'année, en euros (« 12 500 ») ; stocké en centimes"),
  beneficiaries: z
    .preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number()
        .pipe(wholeNumber({ min: 0 }))
        .nullable(),
    )
    .optional()
    .default(null)
    .describe("Nombre de personnes bénéficiaires"),
  note: z.string().trim().max(5000).optional().default(""),
});
export type RecordFollowUpInput = z.input<typeof recordFollowUpInput>;
