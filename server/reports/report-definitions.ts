import { fr } from "../../shared/i18n/fr";

/**
 * Every figure of a report, defined once: its id (the key of the figure in the API's answer), its
 * French label and its definition (`shared/i18n/fr/reports.ts`), shown under the page's tables
 * and returned with every report. Decision records 0074 and 0095–0099 say how each is counted.
 */
export const reportFigureIds = [
  "signalsReceived",
  "campaignSignals",
  "initiativesCreated",
  "initiativesAtEnd",
  "stageEntries",
  "stageTime",
  "abandonments",
  "dormant",
  "launches",
  "planned",
  "jobs",
  "followUps",
  "replications",
  "money",
  "volunteering",
  "byFabrique",
  "byRegion",
  "previousPeriod",
] as const satisfies readonly (keyof typeof fr.reports.figures)[];

export type ReportFigureId = (typeof reportFigureIds)[number];

export type ReportDefinition = { id: ReportFigureId; label: string; definition: string };

export const definitions: readonly ReportDefinition[] = reportFigureIds.map((id) => ({
  id,
  label: fr.reports.figures[id].label,
  definition: fr.reports.figures[id].definition,
}));
