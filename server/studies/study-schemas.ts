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

/** The version an edit started from: 0 before the first save. */
const startingVersion = z.coerce.number().pipe(wholeNumber({ min: 0 }));

/**
 * A new version of the study, written from the `version` read (the concurrency token, one name
 * across the API: decision record 0054). `baseVersion`, its former name, is still accepted for one
 * release of the API.
 */
export const saveStudyInput = z
  .object({
    version: startingVersion
      .optional()
      .describe(
        "La version à partir de laquelle vous avez écrit (0 pour la première) : 409 si une autre a été enregistrée depuis",
      ),
    baseVersion: startingVersion
      .optional()
      .meta({ deprecated: true })
      .describe("Ancien nom de `version`, encore accepté jusqu'à la prochaine version de l'API"),
    sections: studySectionsInput,
    forecastId: z
      .preprocess((v) => (v === "" ? null : v), z.uuid().nullable())
      .optional()
      .default(null)
      .describe("Le prévisionnel de ce projet sur lequel repose le modèle économique"),
    note: z.string().trim().max(1000).optional().default("").describe("Ce qui change dans cette version"),
  })
  .transform(({ baseVersion, version, ...rest }, ctx) => {
    const read = version ?? baseVersion;
    if (read !== undefined) return { ...rest, version: read };
    // The same French refusal as any other unreadable version.
    for (const issue of startingVersion.safeParse(undefined).error?.issues ?? []) {
      ctx.addIssue({ code: "custom", message: issue.message, path: ["version"] });
    }
    return z.NEVER;
  });
export type SaveStudyInput = z.input<typeof saveStudyInput>;
