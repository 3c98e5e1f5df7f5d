import {
  Link,
  type ShouldRevalidateFunctionArgs,
  useActionData,
  useFetchers,
  useLoaderData,
} from "react-router";
import { listAidRates } from "../../server/forecasts/aid-rates";
import { getForecastStatements } from "../../server/forecasts/get-forecast-statements";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { handleEditorPost } from "../forecasts/editor-action";
import { listSections } from "../forecasts/forecast-form";
import { CrossSubsidiesTable, ResourceMixAndJobs, SensitivityTable } from "../forecasts/indicator-views";
import { type EditorChoices, ListSectionEditor, SettingsEditor } from "../forecasts/section-editors";

import {
  BreakEvenTable,
  CashPlanTable,
  FinancingPlanTables,
  ForecastWarnings,
  forView,
  IncomeStatementTable,
  KeyFiguresCard,
} from "../forecasts/statement-views";
import { InitiativeHeader, initiativeHeaderData, initiativeTabPath } from "../initiatives/initiative-header";
import { doneFlag, valueOr404 } from "../network/page-results";
import { readForm } from "../ui/page-form";
import type { Route } from "./+types/forecast";

const text = fr.forecasts;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? `${loaderData.forecast.name} — ${text.listTitle}` : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const loaded = valueOr404(await getForecastStatements(context.deps, actor, params.id));
  const { forecast, initiative, access, statements, sensitivity } = loaded;
  const aidRates = (await listAidRates(context.deps)).map((r) => ({
    code: r.code,
    label: r.label,
    annualAmountCents: r.annualAmountCents,
    year: r.year,
    contractKinds: r.contractKinds,
  }));
  const choices: EditorChoices = {
    aidRates,
    salesLines: forecast.inputs.revenues
      .filter((r) => r.kind === "sales")
      .map((r) => ({ value: r.id, label: r.label })),
    revenueLines: forecast.inputs.revenues.map((r) => ({ value: r.id, label: r.label })),
  };
  return {
    header: initiativeHeaderData(initiative, access),
    forecast: {
      id: forecast.id,
      name: forecast.name,
      scenarioKind: forecast.scenarioKind,
      version: forecast.version,
      inputs: forecast.inputs,
    },
    canEdit: access.canEdit,
    statements: forView(statements),
    sensitivity,
    choices,
    done: doneFlag(request, ["enregistre", "cree"] as const),
  };
}

/** After a conflicting save, read the stored scenario again so the next save carries its version. */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 ? true : defaultShouldRevalidate;
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  return handleEditorPost(context.deps, actor, params.id, await readForm(request));
}

export default function ForecastEditor() {
  const { header, forecast, canEdit, statements, sensitivity, choices, done } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useFetchers().some((f) => f.state !== "idle");
  const conflict = [actionData].some((d) => d && "error" in d && d.error === "CONFLICT");
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="forecasts" />
      <p>
        <Link to={initiativeTabPath(header.id, "forecasts")}>{text.listTitle}</Link>
      </p>
      <h2>{forecast.name}</h2>
      <p className="notice">{text.vatNotice}</p>
      {done === "enregistre" ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      {done === "cree" ? (
        <p className="notice notice--success" role="status">
          {text.created}
        </p>
      ) : null}
      {conflict ? (
        <p className="notice notice--warning" role="alert">
          {text.stale}
        </p>
      ) : null}
      <ForecastWarnings warnings={statements.warnings} />
      <KeyFiguresCard forecastId={forecast.id} statements={statements} busy={busy} />
      {canEdit ? (
        <section aria-labelledby="hypotheses" className="stack">
          <h2 id="hypotheses">{text.editor.title}</h2>
          <SettingsEditor
            name={forecast.name}
            scenarioKind={forecast.scenarioKind}
            inputs={forecast.inputs}
            version={forecast.version}
            actionData={actionData}
          />
          {listSections.map((section) => (
            <ListSectionEditor
              key={section}
              section={section}
              inputs={forecast.inputs}
              version={forecast.version}
              choices={choices}
              actionData={actionData}
            />
          ))}
        </section>
      ) : (
        <p className="notice">{text.readOnly}</p>
      )}
      <IncomeStatementTable statements={statements} />
      <CashPlanTable statements={statements} />
      <FinancingPlanTables statements={statements} />
      <BreakEvenTable statements={statements} />
      <ResourceMixAndJobs statements={statements} />
      <CrossSubsidiesTable statements={statements} />
      <SensitivityTable sensitivity={sensitivity} />
    </div>
  );
}
