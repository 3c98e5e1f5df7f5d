import { z } from "zod";
import "../core/validation";
import {
  inclusionFees,
  inclusionMobilisationModes,
  inclusionMobilisers,
  inclusionNetworkValues,
  inclusionPublics,
  inclusionReceptionModes,
  inclusionServiceTypes,
  inclusionThematiques,
} from "../../shared/codes/data-inclusion";

/*
 * The data·inclusion v1 structure and service, as zod schemas that follow the published JSON
 * Schemas (v1.0.8): the same required fields, lengths, patterns and value lists. Fields the
 * schema leaves optional may be absent or null; fields it does not know are kept as received.
 */

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const url = z.url({ protocol: /^https?$/ }).max(2083);
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((values) => new Set(values).size === values.length, {
    message: "Chaque valeur ne doit apparaître qu'une fois.",
  });
/** YYYY-MM-DD, a real calendar date. */
const isoDate = z.iso.date();

const common = {
  source: z.string().trim().min(1).max(200).describe("Identifiant du producteur de la donnée"),
  id: z.string().trim().min(1).max(500).describe("Identifiant unique chez ce producteur"),
  date_maj: isoDate.describe("Date de dernière modification chez le producteur (AAAA-MM-JJ)"),
  adresse: optional(z.string().max(500)),
  complement_adresse: optional(z.string().max(500)),
  code_postal: optional(z.string().regex(/^\d{5}$/)),
  code_insee: optional(z.string().regex(/^\w{5}$/)),
  commune: optional(z.string().max(200)),
  courriel: optional(z.email()),
  telephone: optional(z.string().max(50)),
  horaires_accueil: optional(z.string().max(500)),
  latitude: optional(z.number().min(-90).max(90)),
  longitude: optional(z.number().min(-180).max(180)),
  lien_source: optional(url),
};

export const inclusionStructure = z
  .object({
    ...common,
    nom: z.string().trim().min(3).max(150).describe("Nom de la structure"),
    siret: optional(z.string().regex(/^\d{14}$/)),
    description: optional(z.string().min(5).max(10_000)),
    site_web: optional(url),
    accessibilite_lieu: optional(url),
    reseaux_porteurs: optional(uniqueList(z.enum(inclusionNetworkValues))),
  })
  .passthrough()
  .describe("Structure au schéma data·inclusion v1");
export type InclusionStructure = z.output<typeof inclusionStructure>;

/** A code of the COG (commune 5, département 2–3, EPCI 9 digits, country 99xxx) or `france`. */
const zoneCode = z.union([
  z.literal("france"),
  z.string().regex(/^\d{9}$/),
  z.string().regex(/^\w{5}$/),
  z.string().regex(/^\w{2,3}$/),
]);

export const inclusionService = z
  .object({
    ...common,
    structure_id: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .describe("Identifiant de la structure qui porte le service"),
    nom: z.string().trim().min(3).max(150).describe("Nom du service"),
    description: z.string().min(5).max(10_000),
    type: optional(z.enum(inclusionServiceTypes)),
    thematiques: optional(uniqueList(z.enum(inclusionThematiques))),
    publics: optional(
      uniqueList(z.enum(inclusionPublics))
        .min(1)
        .refine((values) => !values.includes("tous-publics") || values.length === 1, {
          message: "« tous-publics » ne se combine avec aucun autre public.",
        }),
    ),
    publics_precisions: optional(z.string().max(2000)),
    frais: optional(z.enum(inclusionFees)),
    frais_precisions: optional(z.string().max(2000)),
    conditions_acces: optional(z.string().max(5000)),
    zone_eligibilite: optional(z.array(zoneCode).min(1)),
    modes_accueil: optional(uniqueList(z.enum(inclusionReceptionModes))),
    modes_mobilisation: optional(uniqueList(z.enum(inclusionMobilisationModes)).min(1)),
    mobilisable_par: optional(uniqueList(z.enum(inclusionMobilisers)).min(1)),
    mobilisation_precisions: optional(z.string().max(5000)),
    lien_mobilisation: optional(url),
    contact_nom_prenom: optional(z.string().max(200)),
    nombre_semaines: optional(z.number().int().min(1)),
    volume_horaire_hebdomadaire: optional(z.number().min(0)),
  })
  .passthrough()
  .describe("Service au schéma data·inclusion v1");
export type InclusionService = z.output<typeof inclusionService>;

export const importOfferInput = z
  .object({
    structures: z
      .array(z.unknown())
      .max(20_000)
      .optional()
      .default([])
      .describe("Structures data·inclusion v1"),
    services: z.array(z.unknown()).max(50_000).optional().default([]).describe("Services data·inclusion v1"),
  })
  .describe("Un lot de l'offre existante : structures et services au schéma data·inclusion v1");
export type ImportOfferInput = z.input<typeof importOfferInput>;
