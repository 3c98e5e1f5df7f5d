import { Form } from "react-router";
import type { ForecastSummary } from "../../server/forecasts/list-forecasts";
import { formatEuros, formatPercent } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { Field, type FormFailure } from "../ui/form";
import { monthLabel } from "./table-parts";

/** The sections of an initiative's forecasts page (`routes/forecasts.tsx`), one component each. */

const text = fr.forecasts;
const k = text.key;

type ForecastColumn = Pick<ForecastSummary, "id" | "name" | "scenarioKind" | "keyFigures">;

/** The compared figures, one row each: label, then how a scenario's figure reads. */
const comparedRows: [string, (f: ForecastColumn) => string][] = [
  [k.revenueY3, (f) => formatEuros(f.keyFigures.revenue[2] ?? 0)],
  ...[0, 1, 2].map((y): [string, (f: ForecastColumn) => string] => [
    t(k.result, { year: y + 1 }),
    (f) => formatEuros(f.keyFigures.result[y] ?? 0),
  ]),
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

/** The scenarios side by side on their key figures; an editor can copy each one. */
export function ForecastComparison({
  forecasts,
  canEdit,
}: {
  forecasts: ForecastColumn[];
  canEdit: boolean;
}) {
  return (
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
            {comparedRows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {forecasts.map((f) => (
                  <td key={f.id} className="numeric">
                    {value(f)}
                  </td>
                ))}
              </tr>
            ))}
            {canEdit ? <CopyRow forecasts={forecasts} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CopyRow({ forecasts }: { forecasts: ForecastColumn[] }) {
  return (
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
  );
}

/** The form that starts a new scenario, keeping what was typed when it fails. */
export function NewForecastForm({ failure }: { failure: FormFailure | undefined }) {
  return (
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
  );
}
