import { Form } from "react-router";
import type { AidRateRow } from "../../server/forecasts/aid-rates";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { displayValue } from "./forecast-form";

const text = fr.forecasts.aidRates;
const labels = {
  amount: text.amount,
  year: text.year,
  source: text.source,
  sourceUrl: text.sourceUrl,
  note: text.note,
};

/**
 * One aid-per-post rate on the network animator's page (`routes/forecast-aid-rates.tsx`): its
 * form names its fields after the rate, so every control has its own id on the page; `failure`
 * is this rate's failed save, if any.
 */
export function AidRateCard({
  rate,
  failure,
}: {
  rate: Omit<AidRateRow, "updatedAt"> & { updatedAt: string };
  failure: FormFailure | undefined;
}) {
  const field = (key: string) => `${key}-${rate.code}`;
  const value = (key: string, stored: string) => failure?.values[field(key)] ?? stored;
  const headingId = `aide-${rate.code}`;
  return (
    <section aria-labelledby={headingId} className="card stack">
      <h2 id={headingId}>{rate.label}</h2>
      <p className="field__help">
        {text.code} : {rate.code} · {t(text.updated, { date: formatDate(rate.updatedAt) })}
      </p>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="code" value={rate.code} />
        <Field
          name={field("amount")}
          label={text.amount}
          inputMode="decimal"
          defaultValue={value("amount", displayValue("annualAmountCents", rate.annualAmountCents))}
          error={failure?.fields[field("amount")]}
        />
        <Field
          name={field("year")}
          label={text.year}
          inputMode="numeric"
          defaultValue={value("year", String(rate.year))}
          error={failure?.fields[field("year")]}
        />
        <Field
          name={field("source")}
          label={text.source}
          defaultValue={value("source", rate.source)}
          error={failure?.fields[field("source")]}
        />
        <Field
          name={field("sourceUrl")}
          label={text.sourceUrl}
          type="url"
          defaultValue={value("sourceUrl", rate.sourceUrl)}
          error={failure?.fields[field("sourceUrl")]}
        />
        <Field
          name={field("note")}
          label={text.note}
          multiline
          defaultValue={value("note", rate.note)}
          error={failure?.fields[field("note")]}
        />
        <button type="submit" className="button">
          {text.save}
          <span className="visually-hidden"> {rate.label}</span>
        </button>
      </Form>
    </section>
  );
}
