import { z } from "zod";
import "../core/validation";
import { entryPoints, initiativeStages } from "../../shared/codes/initiatives";
import { signalKinds, signalStatuses } from "../../shared/codes/signals";
import { parseTerritoryValue } from "../territories/territory-schemas";
import { closenessLevels } from "./similar-ranking";

/**
 * The text of a signal not yet saved, as typed (`GET /api/v1/signals/similar`, and the page's
 * resource route `/signaux/semblables`). Everything is optional: an empty title finds nothing.
 */
export const similarDraftQuery = z.object({
  title: z.string().max(300).default("").describe("Titre saisi"),
  description: z
    .string()
    .max(2000)
    .default("")
    .describe("Description saisie (les 2 000 premiers caractères)"),
  territory: z
    .string()
    .max(40)
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const ref = parseTerritoryValue(value);
      if (!ref) {
        context.addIssue({
          code: "custom",
          message: "Indiquez un territoire sous la forme `commune:76540`.",
        });
        return z.NEVER;
      }
      return ref;
    })
    .describe("Territoire `kind:code` (commune:76540, epci:200023414…)"),
  themes: z
    .string()
    .max(400)
    .optional()
    .transform((value) =>
      value
        ? value
            .split(",")
            .map((code) => code.trim())
            .filter(Boolean)
            .slice(0, 20)
        : [],
    )
    .describe("Codes des thèmes, séparés par des virgules"),
});
export type SimilarDraftQuery = z.output<typeof similarDraftQuery>;

const why = z
  .array(z.object({ kind: z.enum(["territory", "theme", "text"]), label: z.string() }).catchall(z.unknown()))
  .describe("Pourquoi l'élément est semblable : même territoire, thème commun, texte proche à N %");

const similarCommon = {
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  territoryName: z.string().nullable(),
  themes: z.array(z.string()).describe("Codes des thèmes"),
  fabriqueName: z.string(),
  sameFabrique: z.boolean().describe("L'élément appartient à une de vos Fabriques"),
  canOpen: z
    .boolean()
    .describe("Vous pouvez ouvrir sa fiche ; sinon seuls ses champs publics et un contact sont donnés"),
  excerpt: z.string().nullable().describe("Début du texte, seulement si vous pouvez ouvrir la fiche"),
  contactEmail: z
    .string()
    .nullable()
    .describe("Adresse de contact de la Fabrique, quand vous ne pouvez pas ouvrir la fiche"),
  similarity: z.number().describe("Similarité des textes (trigrammes), de 0 à 1"),
  sameTerritory: z.boolean(),
  closeness: z.enum(closenessLevels).describe("same, epci, departement, region ou far"),
  score: z.number().describe("Score de classement (texte, territoire, thèmes)"),
  why,
};

export const similarSignalOutput = z.object({
  ...similarCommon,
  kind: z.enum(signalKinds),
  status: z.enum(signalStatuses),
});

export const similarInitiativeOutput = z.object({
  ...similarCommon,
  stage: z.enum(initiativeStages),
  entryPoint: z.enum(entryPoints),
});

export const similarSignalsOutput = z
  .array(similarSignalOutput)
  .describe("Remontées semblables de tout le réseau, classées (texte, territoire, thèmes)");
export const similarInitiativesOutput = z
  .array(similarInitiativeOutput)
  .describe("Projets semblables de tout le réseau, classés (texte, territoire, thèmes)");
