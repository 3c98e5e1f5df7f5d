import { z } from "zod";
import { initiativeStages, territoryKinds } from "../db/schema";

const place = z.object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() });
const owner = z.object({ slug: z.string(), name: z.string() });

/** The API shape of a model's lineage (`getModelLineage`). */
export const modelLineageOutput = z.object({
  launched: z
    .array(
      z.object({
        initiativeId: z
          .uuid()
          .nullable()
          .describe("Le projet, si vous pouvez l'ouvrir (son équipe, le réseau)"),
        activityName: z.string(),
        openedOn: z.string().describe("Date d'ouverture (AAAA-MM-JJ)"),
        territory: place,
        fabrique: owner,
      }),
    )
    .describe("Les essaimages lancés, visibles de tous"),
  inProgress: z
    .array(
      z.object({
        initiativeId: z.uuid(),
        reference: z.string(),
        title: z.string(),
        stage: z.enum(initiativeStages),
        territory: place,
        fabrique: owner,
      }),
    )
    .describe("Les projets d'essaimage en cours que votre équipe (ou le réseau) peut voir"),
});
