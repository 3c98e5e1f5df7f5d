import { z } from "zod";
import { territoryKinds } from "../../shared/codes/territories";
import { fr } from "../../shared/i18n/fr";
import { calendarDate } from "../core/validation";
import { ADDRESS_LIMIT_MAX, ADDRESS_LIMIT_MIN, DEFAULT_ADDRESS_LIMIT } from "../intake/intake-rules";

const v = fr.campaigns.validation;

const title = z
  .string({ error: v.title })
  .trim()
  .min(3, { error: v.title })
  .max(200, { error: v.title })
  .describe("Titre de la campagne (3 à 200 caractères)");
const question = z
  .string({ error: v.question })
  .trim()
  .min(5, { error: v.question })
  .max(300, { error: v.question })
  .describe("La question posée au territoire (5 à 300 caractères)");
const description = z
  .string()
  .trim()
  .max(5000, { error: v.description })
  .describe("Présentation : pourquoi cet appel, ce que la Fabrique fera des réponses");
const audience = z.string().trim().max(300, { error: v.audience }).describe("Public visé (texte libre)");
/** `2026-12-01` or `01/12/2026`, like the signal forms. */
const day = calendarDate(v.date).describe("AAAA-MM-JJ (JJ/MM/AAAA accepté)");
const territory = z
  .object(
    {
      kind: z.enum(territoryKinds, { error: v.territory }),
      code: z.string({ error: v.territory }).trim().min(1, { error: v.territory }).max(20),
    },
    { error: v.territory },
  )
  .nullable()
  .describe("Territoire visé {kind, code}, ou null pour tout le territoire de la Fabrique");
const slug = z
  .preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: v.slug })
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: v.slug })
      .min(2, { error: v.slug })
      .max(60, { error: v.slug })
      .optional(),
  )
  .describe("Adresse courte de la page publique ; déduite du titre si absente");

/** A form's empty box is "the default" (null); the API may send null, a number or a numeric string. */
const addressLimitPerHour = z
  .preprocess(
    (value) =>
      value === "" || (typeof value === "string" && value.trim() === "")
        ? null
        : typeof value === "string"
          ? Number(value.trim().replace(/\s/g, ""))
          : value,
    z
      .number({ error: v.addressLimit })
      .int({ error: v.addressLimit })
      .min(ADDRESS_LIMIT_MIN, { error: v.addressLimit })
      .max(ADDRESS_LIMIT_MAX, { error: v.addressLimit })
      .nullable(),
  )
  .describe(
    `Remontées qu'une même adresse peut envoyer à la campagne en une heure avant d'être marquées suspectes (${ADDRESS_LIMIT_MIN} à ${ADDRESS_LIMIT_MAX}) ; null : ${DEFAULT_ADDRESS_LIMIT}, comme le formulaire de la Fabrique`,
  );

export const createCampaignInput = z.object({
  fabriqueId: z
    .uuid()
    .optional()
    .describe("Fabrique qui lance la campagne ; obligatoire si vous êtes dans plusieurs"),
  title,
  question,
  description: description.default(""),
  audience: audience.default(""),
  opensOn: day,
  closesOn: day,
  territory: territory.optional(),
  slug,
  addressLimitPerHour: addressLimitPerHour.optional(),
});
export type CreateCampaignInput = z.input<typeof createCampaignInput>;

export const updateCampaignInput = z.object({
  title: title.optional(),
  question: question.optional(),
  description: description.optional(),
  audience: audience.optional(),
  opensOn: day.optional(),
  closesOn: day.optional(),
  territory: territory.optional(),
  slug,
  addressLimitPerHour: addressLimitPerHour.optional(),
});
export type UpdateCampaignInput = z.input<typeof updateCampaignInput>;
