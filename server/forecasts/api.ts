import { z } from "zod";
import { ok } from "../core/result";
import { scenarioKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { copyForecast, createForecast, createForecastInput } from "./create-forecast";
import { exportFileName } from "./export-name";
import { forecastToPdf } from "./export-pdf";
import { forecastToXlsx } from "./export-xlsx";
import { type Forecast, loadForecastForActor } from "./forecast-access";
import { forecastInputs } from "./forecast-inputs";
import { getForecastStatements } from "./get-forecast-statements";
import { listForecasts } from "./list-forecasts";
import { updateForecast, updateForecastInput } from "./update-forecast";

const tag = "Prévisionnels";
const initiativeParams = z.object({ id: z.string().max(64).describe("Identifiant du projet") });
const forecastParams = z.object({ id: z.string().max(64).describe("Identifiant du scénario") });

const cents = (what: string) => z.number().int().describe(`${what}, en centimes`);
const forecastOutput = z.object({
  id: z.string(),
  initiativeId: z.string(),
  name: z.string(),
  scenarioKind: z.enum(scenarioKinds),
  version: z.number().int().describe("À renvoyer avec PATCH (concurrence optimiste)"),
  inputs: forecastInputs.describe(
    "Hypothèses : montants en centimes HT, taux en points de base, ETP en pour mille",
  ),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const keyFigures = z.object({
  revenue: z.array(z.number().int()).describe("Chiffre d'affaires par année, en centimes"),
  result: z.array(z.number().int()).describe("Résultat par année, en centimes"),
  cashLow: z.object({ cents: cents("Trésorerie au point bas"), month: z.number().int() }),
  breakEvenMonth: z.number().int().nullable().describe("Premier mois d'équilibre cumulé durable, ou null"),
  empty: z.boolean().describe("Vrai quand aucune ligne ne produit encore de chiffre (rien à calculer)"),
  finalFtePermille: z.number().int().describe("ETP au mois 36, en pour mille"),
  marketShareBp: z.number().int().describe("Part des ressources marchandes, en points de base"),
});
const toOutput = (f: Forecast) => ({
  id: f.id,
  initiativeId: f.initiativeId,
  name: f.name,
  scenarioKind: f.scenarioKind,
  version: f.version,
  inputs: f.inputs,
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

export const forecastApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/forecasts",
    summary: "Les scénarios de prévisionnel d'un projet, avec leurs chiffres clés",
    tag,
    auth: "token",
    params: initiativeParams,
    response: z.object({ forecasts: z.array(forecastOutput.extend({ keyFigures })) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await listForecasts(deps, actor, params.id);
      if (!result.ok) return result;
      return ok({
        forecasts: result.value.forecasts.map((f) => ({ ...toOutput(f), keyFigures: f.keyFigures })),
      });
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/forecasts",
    summary: "Créer un scénario (vierge, ou avec des hypothèses complètes)",
    tag,
    auth: "token",
    params: initiativeParams,
    body: createForecastInput,
    response: forecastOutput,
    successStatus: 201,
    errors: ["NOT_FOUND", "FORBIDDEN", "INVALID_INPUT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => {
      const result = await createForecast(deps, actor, params.id, body);
      return result.ok ? ok(toOutput(result.value)) : result;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/forecasts/:id",
    summary: "Un scénario et ses hypothèses",
    tag,
    auth: "token",
    params: forecastParams,
    response: forecastOutput,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await loadForecastForActor(deps, actor, params.id);
      return result.ok ? ok(toOutput(result.value.forecast)) : result;
    },
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/forecasts/:id",
    summary: "Modifier un scénario (nom, type, hypothèses complètes) ; 409 si la version a changé",
    tag,
    auth: "token",
    params: forecastParams,
    body: updateForecastInput,
    response: forecastOutput,
    errors: ["NOT_FOUND", "FORBIDDEN", "INVALID_INPUT", "CONFLICT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => {
      const result = await updateForecast(deps, actor, params.id, body);
      return result.ok ? ok(toOutput(result.value)) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/forecasts/:id/copy",
    summary: "Copier un scénario dans le même projet",
    tag,
    auth: "token",
    params: forecastParams,
    body: z.object({ name: z.string().max(120).optional().describe("Nom de la copie") }).optional(),
    response: forecastOutput,
    successStatus: 201,
    errors: ["NOT_FOUND", "FORBIDDEN", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body }) => {
      const result = await copyForecast(deps, actor, params.id, body ?? {});
      return result.ok ? ok(toOutput(result.value)) : result;
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/forecasts/:id/statements",
    summary:
      "États calculés : compte de résultat (3 ans), plan de trésorerie (36 mois, point bas), plan de financement, seuil de rentabilité, hybridation des ressources, emplois, subventions croisées et sensibilité",
    tag,
    auth: "token",
    params: forecastParams,
    response: z.object({
      forecast: forecastOutput,
      statements: z
        .record(z.string(), z.unknown())
        .describe(
          "empty, incomeStatement, cashPlan, financingPlan, breakEven, resourceMix, jobs, crossSubsidies, months, warnings ({ code, … } : nothing-to-compute, negative-cash, break-even-not-reached, initial-plan-short, three-year-plan-short, aid-rate-unknown, aid-rate-mismatch, aid-rate-exception) ; montants en centimes HT",
        ),
      sensitivity: z
        .record(z.string(), z.unknown())
        .describe(
          "base et rows : résultat par année et point bas pour ±10 % et ±20 % sur volumes, prix, subventions, salaires",
        ),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await getForecastStatements(deps, actor, params.id);
      if (!result.ok) return result;
      const { forecast, statements, sensitivity } = result.value;
      return ok({ forecast: toOutput(forecast), statements, sensitivity });
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/forecasts/:id.xlsx",
    summary: "Le scénario en tableur XLSX : totaux en formules, formats monétaires français",
    tag,
    auth: "token",
    params: forecastParams,
    response: z.unknown(),
    raw: true,
    rawContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params, reply }) => {
      const result = await getForecastStatements(deps, actor, params.id);
      if (!result.ok) return result;
      const { forecast, statements, sensitivity } = result.value;
      const file = await forecastToXlsx(forecast, statements, sensitivity);
      reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="${exportFileName(forecast.name, "xlsx")}"`)
        .send(file);
      return ok(undefined);
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/forecasts/:id.pdf",
    summary:
      "Synthèse PDF du scénario pour le comité de pilotage (chiffres clés, compte de résultat, trésorerie)",
    tag,
    auth: "token",
    params: forecastParams,
    response: z.unknown(),
    raw: true,
    rawContentType: "application/pdf",
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params, reply }) => {
      const result = await getForecastStatements(deps, actor, params.id);
      if (!result.ok) return result;
      const { forecast, initiative, statements } = result.value;
      const file = await forecastToPdf(forecast, initiative.title, statements, deps.clock.now());
      reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${exportFileName(forecast.name, "pdf")}"`)
        .send(file);
      return ok(undefined);
    },
  }),
];
