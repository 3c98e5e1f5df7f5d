import { z } from "zod";
import { parseFrenchNumber } from "../../shared/i18n/format";
import "../core/validation";
import { legalForms, modelStatuses, replicationTypes } from "../../shared/codes/catalogue";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { type TerritoryKind, territoryKinds } from "../../shared/codes/territories";
import { themeCodes } from "./reference/themes";

/*
 * The catalogue's boundaries: one schema per input, used by the service, the pages, the API
 * (validation and OpenAPI document) and the imports, so they never disagree.
 */

/** A list given as an array, or as one string split on `separator` (form fields, CSV cells, query strings). */
export function listOf<T extends z.ZodType>(item: T, separator: RegExp = /[,|\n]/) {
  return z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return [];
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(separator) : value;
    if (!Array.isArray(items)) return items;
    return items.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
  }, z.array(item));
}

/**
 * A number field's value for zod: "12 000,50", "12000.5" or 12000.5 → 12000.5; an empty value →
 * null; what cannot be read goes through unchanged, for the schema to refuse it.
 */
export function frenchNumberInput(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  if (value.trim() === "") return null;
  return parseFrenchNumber(value) ?? value;
}

const optionalAmount = (description: string) =>
  z.preprocess(frenchNumberInput, z.number().int().min(0).nullable()).optional().describe(description);
const optionalFte = (description: string) =>
  z.preprocess(frenchNumberInput, z.number().min(0).max(100_000).nullable()).optional().describe(description);
const optionalText = (max: number, description: string) =>
  z.string().trim().max(max).optional().default("").describe(description);

export const themeCodeSchema = z.enum(themeCodes as [string, ...string[]]);
export const modelPublicSchema = z.enum(inclusionPublics);
export const legalFormSchema = z.enum(legalForms);
export const modelStatusSchema = z.enum(modelStatuses);

/** `kind:code`, e.g. `commune:25462`, `departement:25`, `region:27`. */
export const territoryKeySchema = z
  .string()
  .trim()
  .regex(/^(region|departement|epci|commune|qpv):[0-9A-Za-z]{2,10}$/, {
    message: "Territoire attendu sous la forme type:code, par exemple commune:25462 ou departement:25",
  })
  .transform((value) => {
    const [kind, code] = value.split(":") as [TerritoryKind, string];
    return { kind, code: code.toUpperCase() };
  });

export function territoryKindOf(value: string): value is TerritoryKind {
  return (territoryKinds as readonly string[]).includes(value);
}

/** Everything that describes a model, shared by the proposal form, the API and the imports. */
export const modelFields = z.object({
  title: z.string().trim().min(3).max(200).describe("Nom du modèle"),
  summary: z.string().trim().min(10).max(400).describe("Résumé en une phrase"),
  description: z.string().trim().min(30).max(20_000).describe("Ce que fait le modèle, pour qui, comment"),
  themes: listOf(themeCodeSchema)
    .pipe(z.array(themeCodeSchema).min(1, { message: "Choisissez au moins un thème" }))
    .describe("Codes des thèmes (bien-vieillir, mobilite…)"),
  publics: listOf(modelPublicSchema)
    .optional()
    .default([])
    .describe("Publics data·inclusion (seniors, jeunes…)"),
  tags: listOf(z.string().max(60))
    .pipe(z.array(z.string()).max(40))
    .optional()
    .default([])
    .describe("Mots-clés"),
  revenueMix: optionalText(1000, "Composition des ressources (ventes, subventions, bénévolat…)"),
  typicalBudgetCents: optionalAmount("Budget annuel type, en centimes d'euro"),
  jobsFte: optionalFte("Emplois, en équivalents temps plein"),
  insertionJobsFte: optionalFte("Dont emplois en insertion (ETP)"),
  disabilityJobsFte: optionalFte("Dont emplois de travailleurs handicapés (ETP)"),
  investmentCents: optionalAmount("Investissement de départ, en centimes d'euro"),
  premises: optionalText(1000, "Locaux nécessaires"),
  legalForms: listOf(legalFormSchema)
    .optional()
    .default([])
    .describe("Formes juridiques (association, scic…)"),
  prerequisites: optionalText(5000, "Prérequis et conditions pour essaimer"),
  replicationType: z
    .preprocess((v) => (v === "" ? null : v), z.enum(replicationTypes).nullable())
    .optional()
    .describe("dissemination, social_franchise, subsidiary ou open_source"),
  originOrganisation: optionalText(300, "Organisation d'origine"),
  originTerritory: z
    .preprocess((v) => (v === "" ? null : v), territoryKeySchema.nullable())
    .optional()
    .describe("Territoire d'origine, type:code (commune:69123)"),
  presence: optionalText(1000, "Où le modèle existe aujourd'hui"),
  contact: optionalText(500, "Contact"),
  sourceUrls: listOf(z.url({ protocol: /^https?$/ }), /[\s,|]+/)
    .pipe(z.array(z.string()).max(20))
    .optional()
    .default([])
    .describe("Sources (adresses web)"),
});
export type ModelFieldsInput = z.input<typeof modelFields>;
export type ModelFields = z.output<typeof modelFields>;

export const createModelInput = modelFields.extend({
  fabriqueId: z
    .preprocess((v) => (v === "" ? undefined : v), z.uuid().optional())
    .describe("Fabrique qui propose (si vous êtes dans plusieurs équipes)"),
});
export type CreateModelInput = z.input<typeof createModelInput>;

/**
 * An edit: any of the model's fields (those left out keep their stored value) and the `version`
 * the editor read: if the model changed since, the edit is refused. `updatedAt`, the token's former
 * name, is still accepted for one release of the API (decision record 0054).
 */
export const updateModelInput = modelFields.partial().extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe("La version lue avec le modèle : si une autre a été enregistrée depuis, 409"),
  updatedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ deprecated: true })
    .describe("Ancien jeton : la date de mise à jour lue avec le modèle ; remplacé par version"),
});
export type UpdateModelInput = z.input<typeof updateModelInput>;

export const changeModelStatusInput = z.object({
  to: modelStatusSchema.describe("Nouveau statut : published ou archived (ou draft pour reprendre)"),
  reason: z.string().trim().max(1000).optional().default("").describe("Motif (obligatoire pour archiver)"),
});
export type ChangeModelStatusInput = z.input<typeof changeModelStatusInput>;

export const searchModelsInput = z.object({
  q: z.string().trim().max(500).optional().default("").describe("Le besoin, en quelques mots ou en phrases"),
  theme: listOf(themeCodeSchema).optional().default([]).describe("Thèmes, séparés par des virgules"),
  public: listOf(modelPublicSchema).optional().default([]).describe("Publics, séparés par des virgules"),
  legalForm: listOf(legalFormSchema).optional().default([]).describe("Formes juridiques"),
  region: listOf(z.string().regex(/^\d{2,3}$/))
    .optional()
    .default([])
    .describe("Codes INSEE des régions d'origine"),
  territory: z
    .preprocess((v) => (v === "" ? undefined : v), territoryKeySchema.optional())
    .describe("Modèles nés dans ce territoire, type:code (departement:25)"),
  status: z
    .preprocess((v) => (v === "" ? undefined : v), modelStatusSchema.optional())
    .describe("Statut (équipes : draft ; animation du réseau : draft ou archived)"),
  page: z.coerce.number().int().min(1).max(500).optional().default(1),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .default(20)
    .describe("Résultats par page (50 au plus)"),
});
export type SearchModelsInput = z.input<typeof searchModelsInput>;
export type SearchModelsQuery = z.output<typeof searchModelsInput>;
