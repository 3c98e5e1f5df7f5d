import { z } from "zod";
import { ok } from "../core/result";
import { initiativeStages, outcomeKinds, signalChannels, signalKinds, signalStatuses } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { exportReport, type ReportExportFormat, reportContentTypes } from "./export-report";
import { getReport } from "./get-report";
import { financingKinds } from "./money-figures";
import { reportFigureIds } from "./report-definitions";
import { reportQuery } from "./report-schemas";

const tag = "Rapports";
const day = z.string().describe("AAAA-MM-JJ");
const period = z.object({ from: day, to: day }).describe("Période, les deux jours inclus");
const counts = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.array(z.object({ key: z.enum(codes), count: z.number().int() }));
const fte = z.number().int().describe("En centièmes d'ETP (150 = 1,5 ETP)");
const jobs = { jobsFteHundredths: fte, insertionFteHundredths: fte, disabilityFteHundredths: fte };
const scope = z.object({
  code: z.string().describe("La valeur du paramètre scope"),
  kind: z.enum(["network", "region", "fabrique", "programme", "funder", "territory"]),
  name: z.string(),
});
const activity = z.object({
  initiativeId: z.uuid(),
  reference: z.string(),
  activityName: z.string(),
  kind: z.enum(outcomeKinds),
  openedOn: day,
  fabriqueId: z.uuid(),
  fabriqueName: z.string(),
  modelTitle: z.string().nullable(),
  modelId: z.uuid().nullable(),
  ...jobs,
});
const breakdown = {
  signalsReceived: z.number().int().nullable(),
  initiativesCreated: z.number().int(),
  abandonments: z.number().int(),
  launches: z.number().int(),
  ...jobs,
};
const byFabrique = z.array(
  z.object({
    fabriqueId: z.uuid(),
    slug: z.string(),
    name: z.string(),
    regionCode: z.string().nullable(),
    ...breakdown,
  }),
);
const byRegion = z.array(
  z.object({
    regionCode: z.string().nullable().describe("Code INSEE ; null pour les Fabriques sans région indiquée"),
    name: z.string().nullable(),
    fabriques: z.number().int(),
    ...breakdown,
  }),
);
const cents = z.number().int().describe("En centimes d'euro");
const replications = z.object({
  byModel: z.array(
    z.object({ modelId: z.uuid().nullable(), modelTitle: z.string().nullable(), count: z.number().int() }),
  ),
  replications: z.number().int(),
  newModels: z.number().int().describe("Lancements qui ne sont pas un essaimage"),
  replicationSharePercent: z.number().nullable().describe("Part des essaimages parmi les lancements, en %"),
});
const dormantInitiative = z.object({
  initiativeId: z.uuid(),
  reference: z.string(),
  title: z.string(),
  fabriqueId: z.uuid(),
  fabriqueName: z.string(),
  stage: z.enum(initiativeStages),
  lastNewsOn: day,
});
const followUps = z.object({
  milestones: z.array(
    z.object({
      months: z.number().int(),
      due: z.number().int(),
      recorded: z.number().int(),
      overdue: z.number().int(),
      stillRunning: z.number().int(),
      announced: z.object(jobs).describe("Emplois annoncés au lancement, des suivis saisis"),
      measured: z.object(jobs).describe("Emplois mesurés à l'échéance, des suivis saisis"),
      beneficiaries: z.number().int(),
    }),
  ),
  overdue: z.array(
    z.object({
      initiativeId: z.uuid(),
      reference: z.string(),
      title: z.string(),
      fabriqueName: z.string(),
      months: z.number().int(),
      dueOn: day,
    }),
  ),
});
const money = z.object({
  activitiesWithForecast: z.number().int(),
  grantsByFunder: z.array(z.object({ funder: z.string(), amountCents: cents })),
  financingByKind: z.array(z.object({ key: z.enum(financingKinds), amountCents: cents })),
  byProgramme: z.array(
    z.object({
      programmeId: z.uuid(),
      name: z.string(),
      funderName: z.string().nullable(),
      activities: z.number().int(),
      grantsCents: cents,
    }),
  ),
  volunteeringCents: cents.describe("Bénévolat valorisé sur la première année des prévisionnels retenus"),
});
const totals = z.object({
  signalsReceived: z
    .number()
    .int()
    .nullable()
    .describe("null pour un programme : aucune remontée n'en relève"),
  initiativesCreated: z.number().int(),
  abandonments: z.number().int(),
  launches: z.number().int(),
  planned: z.number().int(),
  ...jobs,
});

const report = z.object({
  period,
  scope,
  scopes: z.array(scope).describe("Les périmètres que vous pouvez demander"),
  signals: z
    .object({
      total: z.number().int(),
      byKind: counts(signalKinds),
      byChannel: counts(signalChannels),
      byStatus: counts(signalStatuses),
      campaigns: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          fabriqueName: z.string(),
          opensOn: day,
          closesOn: day,
          signals: z.number().int().describe("Remontées reçues pendant la période"),
        }),
      ),
    })
    .nullable()
    .describe("Remontées et campagnes ; null pour un programme"),
  pipeline: z.object({
    stages: z.array(
      z.object({
        stage: z.enum(initiativeStages),
        atEnd: z.number().int(),
        entered: z.number().int(),
        left: z.number().int(),
        staysEnded: z.number().int().describe("Passages dans l'étape terminés pendant la période"),
        medianDays: z.number().nullable().describe("Leur durée médiane, en jours"),
      }),
    ),
    abandonments: z.array(
      z.object({
        initiativeId: z.uuid(),
        reference: z.string(),
        title: z.string(),
        fabriqueId: z.uuid(),
        fabriqueName: z.string(),
        on: day,
        reason: z.string(),
      }),
    ),
    dormant: z.object({
      months: z.number().int(),
      total: z.number().int(),
      initiatives: z.array(dormantInitiative).describe("Les 500 plus longtemps sans nouvelles, au plus"),
    }),
  }),
  launches: z.object({
    launched: z.array(activity),
    byKind: counts(outcomeKinds),
    jobs: z.object(jobs),
    planned: z.array(activity),
  }),
  byFabrique,
  byRegion,
  followUps,
  replications,
  money,
  totals,
  previous: z.object({
    period,
    totals,
    byFabrique,
    byRegion,
    signalsByKind: counts(signalKinds).nullable(),
    launchesByKind: counts(outcomeKinds),
    replications,
    abandonmentsCount: z.number().int(),
    stagesEntered: counts(initiativeStages),
  }),
  definitions: z
    .array(z.object({ id: z.enum(reportFigureIds), label: z.string(), definition: z.string() }))
    .describe("La définition de chaque chiffre"),
});

export const reportApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/reports",
    summary:
      "Le rapport d'une période (année civile par défaut) : remontées, étapes, abandons, activités lancées, emplois, par Fabrique et comparé à la période précédente",
    tag,
    auth: "token",
    query: reportQuery,
    response: report,
    errors: ["INVALID_INPUT", "NOT_FOUND"],
    handler: async ({ deps, actor, query }) => getReport(deps, actor, query),
  }),
  ...(["xlsx", "pdf"] as const).map((format: ReportExportFormat) =>
    defineApiRoute({
      method: "GET",
      path: `/api/v1/reports.${format}`,
      summary:
        format === "xlsx"
          ? "Le même rapport en tableur XLSX : une feuille par tableau, totaux en formules (=SUM), définitions des chiffres en dernière feuille"
          : "Le même rapport en PDF à envoyer à un financeur : couverture (période, périmètre), chiffres, graphiques, activités lancées avec territoire et emplois, définitions",
      tag,
      auth: "token",
      query: reportQuery,
      response: z.unknown(),
      raw: true,
      rawContentType: reportContentTypes[format],
      errors: ["INVALID_INPUT", "NOT_FOUND"],
      handler: async ({ deps, actor, query, reply }) => {
        const result = await exportReport(deps, actor, query, format);
        if (!result.ok) return result;
        reply
          .header("content-type", result.value.contentType)
          .header("content-disposition", `attachment; filename="${result.value.fileName}"`)
          .send(result.value.file);
        return ok(undefined);
      },
    }),
  ),
];
