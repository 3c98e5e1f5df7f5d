import { z } from "zod";
import { callAgrements, callLegalForms, callOfferItems, callQuestionKinds } from "../../shared/codes/calls";
import { fr } from "../../shared/i18n/fr";
import { parseFrenchTime } from "../../shared/time";
import { calendarDate, wholeNumber } from "../core/validation";

const text = fr.calls.validation;
/** A list given as an array or as a single form value. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(item),
    )
    .optional()
    .default([]);
const flag = z
  .preprocess((v) => v === true || v === "true" || v === "on", z.boolean())
  .optional()
  .default(false);
const count = (options: { min: number; max: number }) => z.coerce.number().pipe(wholeNumber(options));

export const callQuestionInput = z
  .object({
    label: z.string().trim().min(2).max(300).describe("La question posée"),
    help: z.string().trim().max(1000).optional().default("").describe("Une aide sous la question"),
    kind: z.enum(callQuestionKinds).describe("text, number, choice ou file"),
    choices: listOf(z.string().trim().min(1).max(200)).describe("Les options d'une question à choix"),
    required: flag.describe("Réponse obligatoire"),
  })
  .refine((q) => q.kind !== "choice" || q.choices.length >= 2, { message: text.choices, path: ["choices"] });

export const callCriterionInput = z.object({
  label: z.string().trim().min(2).max(300).describe("Le critère de la grille"),
  weight: count({ min: 1, max: 100 }).describe("Son poids (1 à 100)"),
  scaleMax: count({ min: 1, max: 100 }).describe("La note la plus haute (échelle de 0 à …)"),
});

export const saveCallInput = z.object({
  title: z.string().trim().min(4).max(200).describe("Titre de l'appel"),
  summary: z.string().trim().max(5000).optional().default("").describe("Présentation publique du projet"),
  offerItems: listOf(z.enum(callOfferItems)).describe("Ce que la Fabrique transmet"),
  offer: z.string().trim().max(10000).optional().default("").describe("Ce qui est offert, en détail"),
  expectations: z.string().trim().max(10000).optional().default("").describe("Ce qui est attendu du porteur"),
  legalForms: listOf(z.enum(callLegalForms)).describe("Formes juridiques admises (aucune : toutes)"),
  agrements: listOf(z.enum(callAgrements)).describe("Agréments exigés"),
  departments: listOf(
    z
      .string()
      .trim()
      .regex(/^(\d{2,3}|2A|2B)$/),
  ).describe("Départements du siège"),
  deadlineDate: calendarDate(text.deadlineDate).describe("Date limite (heure de Paris)"),
  deadlineTime: z
    .string({ error: text.deadlineTime })
    .max(10)
    .transform((value, ctx) => {
      const time = parseFrenchTime(value);
      if (time) return time;
      ctx.addIssue({ code: "custom", message: text.deadlineTime, input: value });
      return z.NEVER;
    })
    .describe("Heure limite HH:MM (heure de Paris)"),
  questions: z
    .array(callQuestionInput)
    .max(30)
    .optional()
    .default([])
    .describe("Le formulaire de candidature"),
  criteria: z
    .array(callCriterionInput)
    .min(1, { error: text.criteria })
    .max(20)
    .describe("La grille du jury"),
  jurorEmails: listOf(z.email().trim().toLowerCase()).describe("Adresses des comptes membres du jury"),
});
export type SaveCallInput = z.input<typeof saveCallInput>;
export type SaveCallValues = z.output<typeof saveCallInput>;

export const applicationInput = z.object({
  siren: z.string().trim().max(20).describe("SIREN de la structure"),
  name: z.string().trim().min(2).max(200).describe("Nom de la structure"),
  legalForm: z.enum(callLegalForms).describe("Forme juridique"),
  agrements: listOf(z.enum(callAgrements)).describe("Agréments détenus"),
  postcode: z.string().trim().max(10).describe("Code postal du siège"),
  contactName: z.string().trim().min(2).max(200).describe("Personne à contacter"),
  contactEmail: z.email().trim().toLowerCase().describe("Son adresse électronique"),
  consent: z.preprocess(
    (v) => v === true || v === "true" || v === "on",
    z.literal(true, { error: text.consent }),
  ),
  keepForOtherCalls: flag.describe("Rester dans l'annuaire pour d'autres appels si non retenue"),
  /** Answers keyed by question id. */
  answers: z.record(z.string(), z.string().max(10000)).optional().default({}),
  submit: flag.describe("Déposer la candidature (sinon : brouillon)"),
});
export type ApplicationInput = z.input<typeof applicationInput>;

export const reviewInput = z.object({
  /** Scores keyed by criterion id. */
  scores: z.record(z.string(), z.coerce.number()),
  comments: z.record(z.string(), z.string().trim().max(5000)).optional().default({}),
  comment: z.string().trim().max(5000).optional().default(""),
  submit: flag,
});
export type ReviewInput = z.input<typeof reviewInput>;

export const decideCallInput = z.object({
  leadApplicationId: z.uuid({ error: text.lead }),
  coCarrierApplicationIds: listOf(z.uuid()),
  rationale: z.string().trim().min(4).max(5000).describe("Les raisons du choix"),
  decidedOn: calendarDate().describe("Date de la décision"),
  meetingId: z
    .preprocess((v) => (v === "" ? null : v), z.uuid().nullable())
    .optional()
    .default(null),
  message: z.string().trim().min(4).max(5000).describe("Le message de la Fabrique aux candidats"),
});
export type DecideCallInput = z.input<typeof decideCallInput>;
