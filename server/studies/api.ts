import { z } from "zod";
import { ok } from "../core/result";
import { wholeNumber } from "../core/validation";
import { defineApiRoute } from "../http/api-route";
import { finaliseStudyVersion } from "./finalise-study-version";
import {
  getCurrentStudy,
  getStudyVersion,
  listStudyVersions,
  type StudyVersionSummary,
} from "./get-current-study";
import { getStudyPdf } from "./get-study-pdf";
import { saveStudy } from "./save-study";
import { saveStudyInput } from "./study-schemas";
import { studySectionCodes } from "./study-sections";

const tag = "Projets — étude d'opportunité";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const idParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });
const versionParams = idParams.extend({
  version: z.coerce
    .number()
    .pipe(wholeNumber({ min: 1 }))
    .describe("Numéro de version"),
});

const versionSummary = z.object({
  version: z.number().int(),
  status: z.enum(["draft", "final"]).describe("draft (brouillon) ou final (présentée au comité de pilotage)"),
  note: z.string(),
  forecastId: z.uuid().nullable().describe("Prévisionnel retenu pour le modèle économique"),
  forecastName: z.string().nullable(),
  byName: z.string().nullable().describe("Qui a enregistré cette version"),
  createdAt: dateTime,
});
const sectionsOutput = z
  .object(Object.fromEntries(studySectionCodes.map((code) => [code, z.string()])))
  .describe("Le texte de chaque section (domain.md §1.8)");
const versionDetails = versionSummary.extend({ sections: sectionsOutput });

const summarise = (v: StudyVersionSummary) => ({
  version: v.version,
  status: v.status,
  note: v.note,
  forecastId: v.forecastId,
  forecastName: v.forecastName,
  byName: v.byName,
  createdAt: v.createdAt,
});

export const studyApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/study",
    summary: "L'étude d'opportunité d'un projet : sa dernière version (null avant le premier enregistrement)",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({
      current: versionDetails.nullable(),
      hasFinal: z.boolean().describe("Une version a été marquée définitive"),
      forecasts: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getCurrentStudy(deps, actor, params.id);
      if (!result.ok) return result;
      const { current, hasFinal, forecasts } = result.value;
      return ok({
        current: current ? { ...summarise(current), sections: current.sections } : null,
        hasFinal,
        forecasts,
      });
    },
  }),
  defineApiRoute({
    method: "PUT",
    path: "/api/v1/initiatives/:id/study",
    summary:
      "Enregistrer une nouvelle version de l'étude ; version est la version de départ (409 CONFLICT si une autre a été enregistrée depuis)",
    tag,
    auth: "token",
    params: idParams,
    body: saveStudyInput,
    response: z.object({ version: z.number().int() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => saveStudy(deps, actor!, params.id, body),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/study/versions",
    summary: "Les versions de l'étude, de la plus récente à la plus ancienne, avec leur auteur·rice",
    tag,
    auth: "token",
    params: idParams,
    response: z.object({ versions: z.array(versionSummary) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await listStudyVersions(deps, actor, params.id);
      return result.ok ? ok({ versions: result.value.map(summarise) }) : result;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/study/versions/:version",
    summary: "Une version de l'étude, avec le texte de ses sections",
    tag,
    auth: "token",
    params: versionParams,
    response: versionDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getStudyVersion(deps, actor, params.id, params.version);
      return result.ok ? ok({ ...summarise(result.value), sections: result.value.sections }) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/study/versions/:version/final",
    summary: "Marquer une version comme définitive (celle présentée au comité de pilotage)",
    tag,
    auth: "token",
    params: versionParams,
    response: z.object({ version: z.number().int() }),
    errors: ["FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params }) => finaliseStudyVersion(deps, actor!, params.id, params.version),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/study/pdf",
    summary: "L'étude (dernière version) en PDF lisible par un comité de pilotage",
    tag,
    auth: "token",
    params: idParams,
    response: z.unknown(),
    raw: true,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params, reply }) => {
      const result = await getStudyPdf(deps, actor, params.id);
      if (!result.ok) return result;
      reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${result.value.filename}"`)
        .send(result.value.content);
      return ok(undefined);
    },
  }),
];
