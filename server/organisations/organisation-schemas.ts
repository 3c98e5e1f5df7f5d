import { z } from "zod";
import { partnerRoles } from "../../shared/codes/initiatives";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { territoryKinds } from "../../shared/codes/territories";
import { fr } from "../../shared/i18n/fr";
import { nullableCalendarDate } from "../core/validation";
import { checkSiren, checkSiret } from "./siren";

const v = fr.organisations.validation;

/** An empty form field means "nothing": null, so that an edit can clear a stored value. */
const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;
/** A checkbox or a JSON boolean. */
const toBoolean = (value: unknown) =>
  value === "on" || value === "true" || value === true
    ? true
    : value === "false" || value === false
      ? false
      : value;

const text = (max: number) => z.string().trim().max(max, { error: v.tooLong });

export const sirenField = z
  .preprocess(blankToNull, z.string().max(40, { error: v.sirenLength }).nullable())
  .transform((value, ctx) => {
    if (value === null) return null;
    const checked = checkSiren(value);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: checked.reason === "length" ? v.sirenLength : v.sirenChecksum });
    return z.NEVER;
  })
  .describe("SIREN, 9 chiffres (espaces acceptés, clé de Luhn vérifiée) ; stocké sans espaces");

export const siretField = z
  .preprocess(blankToNull, z.string().max(40, { error: v.siretLength }).nullable())
  .transform((value, ctx) => {
    if (value === null) return null;
    const checked = checkSiret(value);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: checked.reason === "length" ? v.siretLength : v.siretChecksum });
    return z.NEVER;
  })
  .describe("SIRET, 14 chiffres commençant par le SIREN (règle de La Poste comprise)");

export const dateField = nullableCalendarDate(v.date);

const territoryRef = z
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
  .nullable()
  .describe("Territoire d'action : {kind, code} (code officiel), ou null");

const website = z
  .preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const typed = value.trim();
      // "www.exemple.fr" is what people type: it means https.
      return typed && !/^[a-z]+:\/\//i.test(typed) ? `https://${typed}` : typed;
    },
    z.union([
      z.literal(""),
      z
        .string()
        .max(300, { error: v.tooLong })
        .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, { error: v.website }),
    ]),
  )
  .describe("Site web (https://…)");
const email = z
  .preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([z.literal(""), z.email({ error: v.email }).max(254, { error: v.email })]),
  )
  .describe("Adresse e-mail générique");

const organisationShape = {
  name: z
    .string({ error: v.name })
    .trim()
    .min(2, { error: v.name })
    .max(200, { error: v.name })
    .describe("Nom de l'acteur"),
  kind: z.enum(organisationKinds, { error: v.kind }).describe(organisationKinds.join(", ")),
  siren: sirenField,
  siret: siretField,
  legalForm: text(120).describe("Forme juridique, en clair (association loi 1901, SCIC SAS…)"),
  esusUntil: dateField.describe("Agrément ESUS valable jusqu'au (AAAA-MM-JJ), ou null"),
  siaeKind: z
    .preprocess(blankToNull, z.enum(siaeKinds, { error: v.siaeKind }).nullable())
    .describe(`Type de SIAE : ${siaeKinds.join(", ")}, ou null`),
  adaptedEnterprise: z.preprocess(toBoolean, z.boolean()).describe("Entreprise adaptée"),
  territory: territoryRef,
  website,
  email,
  phone: text(40).describe("Téléphone"),
  notes: text(5000).describe("Notes de l'équipe"),
};

/** A new organisation (`POST /api/v1/organisations` and `/acteurs/nouveau`). */
export const createOrganisationInput = z.object({
  fabriqueId: z
    .uuid()
    .optional()
    .describe("Fabrique dont l'annuaire reçoit l'acteur ; obligatoire si vous êtes dans plusieurs"),
  name: organisationShape.name,
  kind: organisationShape.kind,
  siren: organisationShape.siren.default(null),
  siret: organisationShape.siret.default(null),
  legalForm: organisationShape.legalForm.default(""),
  esusUntil: organisationShape.esusUntil.default(null),
  siaeKind: organisationShape.siaeKind.default(null),
  adaptedEnterprise: organisationShape.adaptedEnterprise.default(false),
  territory: organisationShape.territory.default(null),
  website: organisationShape.website.default(""),
  email: organisationShape.email.default(""),
  phone: organisationShape.phone.default(""),
  notes: organisationShape.notes.default(""),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

/** An edit names the version it started from; fields left out are kept. */
export const updateOrganisationInput = z.object({
  version: z.coerce
    .number({ error: v.version })
    .int()
    .positive({ error: v.version })
    .describe("Version lue avant la modification"),
  name: organisationShape.name.optional(),
  kind: organisationShape.kind.optional(),
  siren: organisationShape.siren.optional(),
  siret: organisationShape.siret.optional(),
  legalForm: organisationShape.legalForm.optional(),
  esusUntil: organisationShape.esusUntil.optional(),
  siaeKind: organisationShape.siaeKind.optional(),
  adaptedEnterprise: organisationShape.adaptedEnterprise.optional(),
  territory: organisationShape.territory.optional(),
  website: organisationShape.website.optional(),
  email: organisationShape.email.optional(),
  phone: organisationShape.phone.optional(),
  notes: organisationShape.notes.optional(),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

/**
 * The carrier edits its own card: its data, not the Fabrique's fields (the kind the Fabrique
 * files it under, the team's notes).
 */
export const updateOwnOrganisationInput = updateOrganisationInput.omit({ kind: true, notes: true });
export type UpdateOwnOrganisationInput = z.input<typeof updateOwnOrganisationInput>;

export const organisationAgrements = ["esus", "esus_expired", "adapted", "siae"] as const;
export type OrganisationAgrement = (typeof organisationAgrements)[number];

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values).optional());

/** Search and filters of the directory, in the URL of `/acteurs` and the query of the API. */
export const listOrganisationsQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe("Recherche dans le nom (sans tenir compte des accents), ou un SIREN/SIRET"),
  kind: optionalEnum(organisationKinds).describe("Type d'acteur"),
  agrement: optionalEnum(organisationAgrements).describe(
    "esus (agrément en cours), esus_expired, adapted (entreprise adaptée), siae (toute SIAE)",
  ),
  siaeKind: optionalEnum(siaeKinds).describe("Type de SIAE"),
  territory: z
    .string()
    .max(40)
    .regex(/^(region|departement|epci|commune|qpv):[\w-]+$/)
    .optional()
    .or(z.literal("").transform(() => undefined))
    .describe("`kind:code` ; comprend les acteurs des territoires qu'il contient (communes d'un EPCI…)"),
  fabrique: z.string().max(100).optional().describe("Adresse courte d'une de vos Fabriques"),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListOrganisationsQuery = z.output<typeof listOrganisationsQuery>;

/** A person of the directory. */
export const contactInput = z.object({
  organisationId: z
    .preprocess(blankToNull, z.uuid({ error: v.organisation }).nullable())
    .default(null)
    .describe("Acteur pour lequel la personne travaille"),
  name: z
    .string({ error: v.contactName })
    .trim()
    .min(2, { error: v.contactName })
    .max(200, { error: v.contactName })
    .describe("Nom et prénom"),
  jobTitle: text(200).default("").describe("Fonction"),
  email: email.default(""),
  phone: text(40).default("").describe("Téléphone"),
  notes: text(5000).default("").describe("Notes"),
});
export type ContactInput = z.input<typeof contactInput>;

/** `25 000`, `12 500,50`, `12500.5` or a number of euros → integer cents. */
export function parseEuros(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const typed = value.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!typed) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return Number.NaN;
  return Math.round(Number(typed) * 100);
}

export const programmeInput = z.object({
  fabriqueId: z.uuid().optional().describe("Fabrique ; obligatoire si vous êtes dans plusieurs"),
  name: z
    .string({ error: v.programmeName })
    .trim()
    .min(2, { error: v.programmeName })
    .max(200, { error: v.programmeName }),
  funderOrganisationId: z
    .preprocess(blankToNull, z.uuid({ error: v.organisation }).nullable())
    .default(null)
    .describe("Acteur financeur (annuaire de la Fabrique)"),
  amount: z
    .preprocess(
      parseEuros,
      z
        .number({ error: v.amount })
        .int({ error: v.amount })
        .min(0, { error: v.amount })
        .max(1e13, { error: v.amount })
        .nullable(),
    )
    .default(null)
    .describe("Montant en euros (stocké en centimes)"),
  startsOn: dateField.default(null),
  endsOn: dateField.default(null),
  description: text(5000).default(""),
  themes: z
    .preprocess((value) => (typeof value === "string" ? [value] : value), z.array(z.string().max(60)).max(10))
    .default([])
    .describe("Codes de thèmes du catalogue"),
});
export type ProgrammeInput = z.input<typeof programmeInput>;

/**
 * A partner of an initiative: an organisation and/or a contact of the Fabrique's directory, or a
 * new organisation created on the spot with its name and kind.
 */
export const addPartnerInput = z.object({
  role: z.enum(partnerRoles, { error: v.role }).describe(partnerRoles.join(", ")),
  organisationId: z.preprocess(blankToNull, z.uuid({ error: v.organisation }).nullable()).default(null),
  contactId: z.preprocess(blankToNull, z.uuid({ error: v.contact }).nullable()).default(null),
  newOrganisation: z
    .object({
      name: organisationShape.name,
      kind: organisationShape.kind,
    })
    .nullable()
    .default(null)
    .describe("Un acteur à créer dans l'annuaire : {name, kind}"),
  note: z.string().trim().max(2000, { error: v.note }).default(""),
});
export type AddPartnerInput = z.input<typeof addPartnerInput>;

export const partnerNoteInput = z.object({
  note: z.string().trim().max(2000, { error: v.note }).default(""),
});
