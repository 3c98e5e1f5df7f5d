import { z } from "zod";
import { inclusionPublics, inclusionThematiques } from "../../shared/codes/data-inclusion";
import { listOf, territoryKeySchema, themeCodeSchema } from "../catalogue/model-schemas";

/** The query of the offer's list and map (page and API `GET /api/v1/offer`). */
export const listOfferInput = z.object({
  territory: territoryKeySchema.describe("Le territoire, type:code (commune:25462, departement:25, epci:…)"),
  thematique: listOf(z.enum(inclusionThematiques))
    .optional()
    .default([])
    .describe("Thématiques data·inclusion"),
  public: listOf(z.enum(inclusionPublics)).optional().default([]).describe("Publics data·inclusion"),
  theme: listOf(themeCodeSchema)
    .optional()
    .default([])
    .describe("Thèmes du catalogue : les thématiques data·inclusion qu'ils couvrent"),
  page: z.coerce.number().int().min(1).max(1000).optional().default(1),
  limit: z.coerce.number().int().min(1).max(100).optional().default(30),
});
export type ListOfferInput = z.input<typeof listOfferInput>;
