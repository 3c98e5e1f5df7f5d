import { z } from "zod";
import { decisionKinds, decisionPaths, documentAudiences, meetingKinds } from "../../shared/codes/meetings";
import { fr } from "../../shared/i18n/fr";
import { parseFrenchDate, parseFrenchTime } from "../../shared/time";
import { wholeNumber } from "../core/validation";

const v = fr.meetings.validation;
const dv = fr.meetings.decisions.validation;

const frenchDate = (message: string) =>
  z
    .string({ error: message })
    .transform((value, ctx) => {
      const parsed = parseFrenchDate(value);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed;
    })
    .describe("Date au format JJ/MM/AAAA (ou AAAA-MM-JJ)");

const frenchTime = z
  .string({ error: v.time })
  .transform((value, ctx) => {
    const parsed = parseFrenchTime(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: v.time });
      return z.NEVER;
    }
    return parsed;
  })
  .describe("Heure de Paris : 14:30 ou 14h30");

/** Empty form fields mean "nothing". */
const optionalText = (max: number, message: string) =>
  z.string().trim().max(max, { error: message }).optional().default("");

/** `organisation:<id>`, `contact:<id>` or `user:<id>`. */
export const participantRef = z
  .string()
  .regex(/^(organisation|contact|user):[0-9a-f-]{36}$/i, { error: v.participant })
  .describe("Participant : organisation:<id>, contact:<id> ou user:<id>");

const headcount = z
  .union([z.literal("").transform(() => null), z.coerce.number({ error: v.publicHeadcount })])
  .pipe(
    z
      .number({ error: v.publicHeadcount })
      .int({ error: v.publicHeadcount })
      .min(0, { error: v.publicHeadcount })
      .max(100000, { error: v.publicHeadcount })
      .nullable(),
  )
  .optional()
  .default(null)
  .describe("Nombre de personnes du public (séance publique)");

export const meetingInput = z
  .object({
    kind: z.enum(meetingKinds, { error: v.kind }).describe(meetingKinds.join(", ")),
    title: z.string({ error: v.title }).trim().min(3, { error: v.title }).max(200, { error: v.title }),
    date: frenchDate(v.date),
    startTime: frenchTime,
    endTime: frenchTime,
    place: optionalText(300, v.place),
    publicHeadcount: headcount,
    minutes: optionalText(50000, v.minutes),
    participants: z
      .union([participantRef, z.array(participantRef)])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .describe("Participant·es"),
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: v.endBeforeStart });
    }
  });
export type MeetingInput = z.input<typeof meetingInput>;
export type MeetingValues = z.output<typeof meetingInput>;

export const updateMeetingInput = z.intersection(
  meetingInput,
  z.object({
    version: z.coerce
      .number()
      .pipe(wholeNumber({ min: 1 }))
      .describe("La version lue ; une autre version enregistrée entre-temps donne 409"),
  }),
);
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;

export const decisionInput = z.object({
  meetingId: z
    .union([z.literal(""), z.uuid({ error: dv.meeting })])
    .optional()
    .transform((value) => value || null)
    .describe("La réunion où la décision a été prise (facultatif)"),
  kind: z.enum(decisionKinds, { error: dv.kind }).describe(decisionKinds.join(", ")),
  path: z
    .union([z.literal(""), z.enum(decisionPaths, { error: dv.path })])
    .optional()
    .transform((value) => value || null)
    .describe(`À l'étape opportunity_study : ${decisionPaths.join(", ")}`),
  modelId: z
    .union([z.literal(""), z.uuid({ error: dv.model })])
    .optional()
    .transform((value) => value || null)
    .describe("Le modèle du catalogue à essaimer (path = replicate_model)"),
  rationale: z
    .string({ error: dv.rationale })
    .trim()
    .min(3, { error: dv.rationale })
    .max(5000, { error: dv.rationale }),
  decidedBy: z
    .string({ error: dv.decidedBy })
    .trim()
    .min(2, { error: dv.decidedBy })
    .max(500, { error: dv.decidedBy }),
  decidedOn: frenchDate(dv.decidedOn),
});
export type DecisionInput = z.input<typeof decisionInput>;

export const documentAudience = z
  .enum(documentAudiences, { error: fr.meetings.documents.validation.audience })
  .describe(documentAudiences.join(", "));

export { frenchDate };
