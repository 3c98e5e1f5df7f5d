import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { copyForecast, createForecast } from "../../server/forecasts/create-forecast";
import { listForecasts } from "../../server/forecasts/list-forecasts";
import { requireActor } from "../../server/http/require-actor";
import { formatEuros, formatPercent } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { monthLabel } from "../forecasts/table-parts";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/forecasts";

const text = fr.forecasts;

export const meta = () => [{ title: `${text.listTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { initiative, access, forecasts } = valueOr404(await listForecasts(context.deps, actor, params.id));
  return {
    header: initiativeHeaderData(initiative, access),
    canEdit: access.canEdit,
    forecasts: forecasts.map((f) => ({
      id: f.id,
      name: f.name,
      scenarioKind: f.scenarioKind,
      keyFigures: f.keyFigures,
    })),
    done: doneFlag(request, ["copie"] as const),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") === "copy") {
    const copied = await copyForecast(context.deps, actor, form.text("forecastId"));
    if (!copied.ok) return replyFailure(copied, form, { forbidden: "explain" });
    return redirect(`/projets/${params.id}/previsionnels?done=copie`);
  }
  const created = await createForecast(context.deps, actor, params.id, {
    name: form.text("name"),
    scenarioKind: form.optional("scenarioKind") ?? "central",
  });
  if (!created.ok) return replyFailure(created, form, { forbidden: "explain" });
  return redirect(`/previsionnels/${created.value.id}?done=cree`);
}

export default function Forecasts() {
  const { header, canEdit, forecasts, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const k = text.key;
  const rows: [string, (f: (typeof forecasts)[number]) => string][] = [
    [k.revenueY3, (f) => formatEuros(f.keyFigures.revenue[2] ?? 0)],
    ...[0, 1, 2].map(
      (y) =>
        [
          t(k.result, { year: y + 1 }),
          (f: (typeof forecasts)[number]) => formatEuros(f.keyFigures.result[y] ?? 0),
        ] as [string, (f: (typeof forecasts)[number]) => string],
    ),
    [
      k.cashLow,
      (f) => `${formatEuros(f.keyFigures.cashLow.cents)} (${monthLabel(f.keyFigures.cashLow.month)})`,
    ],
    [
      k.breakEven,
      (f) =>
        f.keyFigures.empty
          ? text.nothingToCompute
          : f.keyFigures.breakEvenMonth === null
            ? text.never
            : monthLabel(f.keyFigures.breakEvenMonth),
    ],
    [
      k.fte,
      (f) => (f.keyFigures.finalFtePermille / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 2 }),
    ],
    [k.marketShare, (f) => formatPercent(f.keyFigures.marketShareBp / 10_000)],
  ];
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="forecasts" />
      <h2>{text.listTitle}</h2>
      <p>{text.listIntro}</p>
      <p className="notice">{text.vatNotice}</p>
      {done === "copie" ? (
        <p className="notice notice--success" role="status">
          {text.copied}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={{ name: text.name, scenarioKind: text.scenarioKind }} />
      {forecasts.length === 0 ? (
        <EmptyState title={text.empty} />
      ) : (
        <section aria-labelledby="comparaison">
          <h3 id="comparaison">{text.compareTitle}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col" />
                  {forecasts.map((f) => (
                    <th key={f.id} scope="col" className="numeric">
                      <a href={`/previsionnels/${f.id}`}>{f.name}</a>
                      <br />
                      <span className="badge">{text.scenarioKinds[f.scenarioKind]}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {forecasts.map((f) => (
                      <td key={f.id} className="numeric">
                        {value(f)}
                      </td>
                    ))}
                  </tr>
                ))}
                {canEdit ? (
                  <tr>
                    <th scope="row">{text.copy}</th>
                    {forecasts.map((f) => (
                      <td key={f.id} className="numeric">
                        <Form method="post">
                          <CsrfInput />
                          <input type="hidden" name="intent" value="copy" />
                          <input type="hidden" name="forecastId" value={f.id} />
                          <button type="submit" className="button button--secondary">
                            {text.copy}
                            <span className="visually-hidden"> {f.name}</span>
                          </button>
                        </Form>
                      </td>
                    ))}
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {canEdit ? (
        <section aria-labelledby="nouveau-scenario" className="card">
          <h3 id="nouveau-scenario">{text.createTitle}</h3>
          <Form method="post" noValidate className="stack">
            <CsrfInput />
            <input type="hidden" name="intent" value="create" />
            <Field
              name="name"
              label={text.name}
              required
              defaultValue={failure?.values.name}
              error={failure?.fields.name}
            />
            <SelectField
              name="scenarioKind"
              label={text.scenarioKind}
              options={Object.entries(text.scenarioKinds).map(([value, label]) => ({ value, label }))}
              defaultValue={failure?.values.scenarioKind ?? "central"}
              error={failure?.fields.scenarioKind}
            />
            <button type="submit" className="button">
              {text.create}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
