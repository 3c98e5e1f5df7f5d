import { useLoaderData } from "react-router";
import { messageOf } from "../../server/core/errors";
import { requireActor } from "../../server/http/require-actor";
import { getReportCharts } from "../../server/reports/charts/get-report-charts";
import type { ReportMapLevel } from "../../server/reports/charts/map-chart";
import { getReport, type Report, type ScopeChoice } from "../../server/reports/get-report";
import { calendarYear } from "../../server/reports/report-period";
import { readableScopes } from "../../server/reports/report-scope";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisYear } from "../../shared/time";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { ReportCharts, ReportDownloads } from "../reports/report-charts";
import { typedDate } from "../reports/report-format";
import { ReportFigures } from "../reports/report-sections";
import { ErrorSummary, Field } from "../ui/form";
import type { Route } from "./+types/reports";

const text = fr.reports;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/**
 * The report of a period in a scope (issue 16, decision record 0074), chosen with a GET form that
 * works without JavaScript: `?from=…&to=…&scope=…`. Someone who may read no scope is told why.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const params = new URL(request.url).searchParams;
  const typed = {
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    scope: params.get("scope") ?? "",
  };
  const result = await getReport(context.deps, actor, {
    from: typed.from || undefined,
    to: typed.to || undefined,
    scope: typed.scope || undefined,
  });
  const thisYear = parisYear(context.deps.clock.now());
  const mapLevel: ReportMapLevel = params.get("carte") === "departement" ? "departement" : "region";
  if (result.ok) {
    const { period, scope } = result.value;
    return {
      report: result.value,
      charts: await getReportCharts(context.deps, result.value, mapLevel),
      mapLevel,
      failure: null,
      typed: { from: typedDate(period.from), to: typedDate(period.to), scope: scope.code },
      scopes: result.value.scopes,
      thisYear,
    };
  }
  const scopes: ScopeChoice[] = (await readableScopes(context.deps, actor)).map(({ code, kind, name }) => ({
    code,
    kind,
    name,
  }));
  // Nobody reads a scope they may not; someone who may read none is told why (the menu offers the
  // page to every member of a whole Fabrique, and only its team and funders of a programme read one).
  if (result.error === "NOT_FOUND" && scopes.length > 0) notFound();
  const failure =
    result.error === "NOT_FOUND" ? null : { message: messageOf(result.error), fields: result.fields ?? {} };
  return { report: null, charts: [], mapLevel, failure, typed, scopes, thisYear };
}

function PeriodForm() {
  const { failure, typed, scopes, thisYear } = useLoaderData<typeof loader>();
  const form = text.form;
  const years = [0, 1, 2, 3, 4].map((back) => thisYear - back);
  const yearHref = (year: number) => {
    const { from, to } = calendarYear(year);
    return `/rapports?${new URLSearchParams({ from, to, scope: typed.scope || (scopes[0]?.code ?? "") })}`;
  };
  return (
    <form method="get" className="card stack" aria-labelledby="periode-titre">
      <h2 id="periode-titre">{form.legend}</h2>
      <ErrorSummary failure={failure} labels={{ from: form.from, to: form.to, scope: form.scope }} />
      <p>
        {form.years}{" "}
        {years.map((year, index) => (
          <span key={year}>
            {index > 0 ? " · " : null}
            <a href={yearHref(year)}>{year}</a>
          </span>
        ))}
      </p>
      <Field
        name="from"
        label={form.from}
        help={form.dateHelp}
        defaultValue={typed.from}
        error={failure?.fields.from}
      />
      <Field
        name="to"
        label={form.to}
        help={form.dateHelp}
        defaultValue={typed.to}
        error={failure?.fields.to}
      />
      <SelectField
        name="scope"
        label={form.scope}
        options={scopes.map((s) => ({ value: s.code, label: s.name }))}
        defaultValue={typed.scope}
        error={failure?.fields.scope}
      />
      <p>
        <button type="submit" className="button">
          {form.submit}
        </button>
      </p>
    </form>
  );
}

function ReportHeading({ report }: { report: Report }) {
  return (
    <>
      <h2>
        {t(text.heading, {
          from: formatDate(report.period.from),
          to: formatDate(report.period.to),
          scope: report.scope.name,
        })}
      </h2>
      <p>
        {t(text.previous, {
          from: formatDate(report.previous.period.from),
          to: formatDate(report.previous.period.to),
        })}
      </p>
    </>
  );
}

export default function Reports() {
  const { report, scopes, charts, mapLevel } = useLoaderData<typeof loader>();
  return (
    <div className="stack report">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {scopes.length === 0 ? <p className="notice">{text.noScope}</p> : <PeriodForm />}
      {report ? (
        <section className="stack" aria-labelledby="rapport-titre">
          <div id="rapport-titre">
            <ReportHeading report={report} />
          </div>
          <ReportDownloads report={report} />
          <ReportFigures report={report} />
          <ReportCharts report={report} charts={charts} mapLevel={mapLevel} />
        </section>
      ) : null}
    </div>
  );
}
