import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No function longer than 80 lines outside data files (issue 15): a long unit hides its steps.
 * Counted from the line of the function's first character to its last, so a component's JSX and a
 * function's nested helpers count with it. Test files and data files (messages, reference data,
 * seeds, migrations) are not code to read step by step and are left out.
 */
const MAX_LINES = 80;
const root = join(import.meta.dirname, "..");
const scanned = ["app", "server", "shared", "scripts"];
const dataFile = [
  /\.test\.tsx?$/,
  /^shared\/i18n\//,
  /^server\/db\/migrations\//,
  /^server\/[^/]+\/(seed|reference)\//,
  /^app\/routes\/\+types\//,
];

/**
 * The functions still over the limit, with their length when this list was written. The list only
 * shrinks: a function leaves it when it is split, and a new long function fails the test.
 */
const stillTooLong: Record<string, number> = {
  "app/routes/catalogue-model.tsx:CatalogueModel": 198,
  "server/seed/demo-pipeline.ts:seedInitiative": 198,
  "app/routes/catalogue-thesaurus.tsx:CatalogueThesaurus": 149,
  "server/forecasts/export-pdf.ts:forecastToPdf": 134,
  "server/territories/import-qpv.ts:importQpv": 133,
  "server/catalogue/model-index.ts:indexModels": 130,
  "app/forecasts/section-editors.tsx:ListSectionEditor": 129,
  "app/forecasts/section-fields.ts:fieldsOf": 127,
  "app/routes/signal-assisted.tsx:SignalAssisted": 127,
  "app/routes/forecasts.tsx:Forecasts": 126,
  "server/catalogue/model-index.ts:db.transaction(…)": 126,
  "server/initiatives/create-initiative.ts:createInitiative": 121,
  "app/signals/public-signal-form.tsx:PublicSignalForm": 119,
  "server/http/server.ts:buildServer": 114,
  "app/routes/forecast.tsx:ForecastEditor": 112,
  "app/routes/shell.tsx:ShellFrame": 110,
  "app/meetings/meeting-fields.tsx:MeetingFields": 109,
  "app/offer/offer-map.tsx:OfferMap": 109,
  "app/forecasts/statement-views.tsx:FinancingPlanTables": 104,
  "app/routes/meeting.tsx:Meeting": 104,
  "app/initiatives/initiative-fields.tsx:InitiativeFields": 102,
  "app/routes/initiative-meetings.tsx:InitiativeMeetings": 101,
  "server/initiatives/initiative-facts.ts:loadInitiativeFacts": 98,
  "app/meetings/dossier-sections.tsx:DecisionForm": 97,
  "scripts/bench/forecast.ts:benchForecastInputs": 97,
  "app/forecasts/section-editors.tsx:SettingsEditor": 96,
  "server/catalogue/model-query-facts.ts:loadPrelude": 96,
  "server/accounts/accept-invitation.ts:acceptInvitation": 95,
  "server/seed/demo.ts:seedDemo": 95,
  "app/catalogue/model-form-fields.tsx:ModelFormFields": 94,
  "server/forecasts/export-xlsx.ts:incomeStatementSheet": 93,
  "server/territories/load-cog.ts:buildCogRows": 93,
  "server/initiatives/update-initiative.ts:updateInitiative": 92,
  "server/seed/demo.ts:db.transaction(…)": 92,
  "app/organisations/add-partner-form.tsx:AddPartnerForm": 91,
  "app/routes/catalogue-import.tsx:CatalogueImport": 91,
  "app/routes/territories.tsx:Territories": 91,
  "server/initiatives/create-initiative.ts:deps.db.transaction(…)": 89,
  "server/catalogue/import-models.ts:importModels": 88,
  "server/studies/render-study-pdf.ts:renderStudyPdf": 88,
  "app/carriers/carrier-forms.tsx:OutcomeForm": 92,
  "server/catalogue/search-models.ts:rankDocuments": 85,
  "app/routes/initiative-new.tsx:InitiativeNew": 84,
  "app/organisations/organisation-fields.tsx:OrganisationFields": 83,
  "app/routes/organisation-contact.tsx:OrganisationContact": 83,
  "app/routes/forecast-aid-rates.tsx:AidRates": 82,
  "app/ui/territory-map.tsx:TerritoryMap": 82,
  "server/studies/save-study.ts:saveStudy": 82,
  "server/initiatives/get-initiative.ts:getInitiative": 81,
  "server/organisations/invite-partner.ts:invitePartner": 81,
  "server/initiatives/find-similar-initiatives.ts:findSimilarInitiatives": 81,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.FunctionDeclaration | ts.MethodDeclaration;
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `${parent.expression.getText(source).slice(0, 40)}(…)`;
  return "(anonymous)";
}

/** `file:name` → lines, for every function of the file longer than the limit. */
function longFunctions(path: string): Record<string, number> {
  const source = ts.createSourceFile(
    path,
    readFileSync(join(root, path), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: Record<string, number> = {};
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) found[`${path}:${functionName(node, source)}`] = lines;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the length of functions", () => {
  const files = scanned.flatMap(sourceFiles).map((path) => relative(root, join(root, path)));
  const long = Object.assign(
    {},
    ...files.filter((f) => !dataFile.some((re) => re.test(f))).map(longFunctions),
  );

  it(`no function outside data files runs over ${MAX_LINES} lines, except those still listed`, () => {
    const newlyLong = Object.keys(long).filter((key) => !(key in stillTooLong));
    expect(newlyLong.map((key) => `${key} (${long[key]} lines)`)).toEqual([]);
  });

  it("a listed function does not grow, and leaves the list once split", () => {
    const grown = Object.entries(stillTooLong).filter(([key, lines]) => (long[key] ?? 0) > lines);
    const split = Object.keys(stillTooLong).filter((key) => !(key in long));
    expect({ grown, split }).toEqual({ grown: [], split: [] });
  });
});
