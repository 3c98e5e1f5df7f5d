import { z } from "zod";
import { initiativeStages, territoryKinds } from "../db/schema";

const place = z.object({ kind: z.enum(territoryKinds), code: z.string(), name: z.string().nullable() });
const owner = z.object({ slug: z.string(), name: z.string() });
const launchedActivity = z.object({
  initiativeId: z.uuid().nullable().describe("Le projet, si vous pouvez l'ouvrir (son équipe, le réseau)"),
  activityName: z.string(),
  openedOn: z.string().describe("Date d'ouverture (AAAA-MM-JJ)"),
  territory: place,
  fabrique: owner,
});

/** The API shape of a model's lineage (`getModelLineage`). */
export const modelLineageOutput = z.object({
  launched: z
    .array(launchedActivity)
    .describe(
      "Les essaimages ouverts, visibles de tous : projet arrivé au lancement et date d'ouverture passée (heure de Paris)",
    ),
  planned: z
    .array(launchedActivity)
    .describe("Les essaimages arrivés au lancement dont l'ouverture est à venir (« ouverture prévue le … »)"),
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
