import { z } from "zod";
import { wholeNumber } from "../core/validation";
import { MAX_SECTION_LENGTH, studySectionCodes } from "./study-sections";

const sectionText = z.string().max(MAX_SECTION_LENGTH).optional().default("");

/** The sections as an object keyed by their codes (domain.md §1.8). */
export const studySectionsInput = z
  .object(
    Object.fromEntries(studySectionCodes.map((code) => [code, sectionText.describe(`Section ${code}`)])),
  )
  .describe("Le texte de chaque section, par code de section");

export const saveStudyInput = z.object({
  baseVersion: z.coerce
    .number()
    .pipe(wholeNumber({ min: 0 }))
    .describe(
      "La version à partir de laquelle vous avez écrit (0 pour la première) : 409 si une autre a été enregistrée depuis",
    ),
  sections: studySectionsInput,
  forecastId: z
    .preprocess((v) => (v === "" ? null : v), z.uuid().nullable())
    .optional()
    .default(null)
    .describe("Le prévisionnel de ce projet sur lequel repose le modèle économique"),
  note: z.string().trim().max(1000).optional().default("").describe("Ce qui change dans cette version"),
});
export type SaveStudyInput = z.input<typeof saveStudyInput>;
