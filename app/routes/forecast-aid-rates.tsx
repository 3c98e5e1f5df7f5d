import { redirect, useActionData, useLoaderData } from "react-router";
import { isNetworkAnimator } from "../../server/core/actor";
import { listAidRates, updateAidRate } from "../../server/forecasts/aid-rates";
import { requireActor } from "../../server/http/require-actor";
import { formatEuros, parseFrenchNumber } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { AidRateCard } from "../forecasts/aid-rate-card";
import { doneFlag, notFound } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/forecast-aid-rates";

const text = fr.forecasts.aidRates;
/** The schema's bound (100 000 000 cents) as the field shows it, in euros. */
const MAX_AID_EUROS = 1_000_000;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** The network animator's page: the aid-per-post rates forecasts use, with their sources. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!isNetworkAnimator(actor)) notFound();
  const rates = await listAidRates(context.deps);
  return {
    rates: rates.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
    done: doneFlag(request, ["enregistre"] as const),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  if (!isNetworkAnimator(actor)) notFound();
  const form = await readForm(request);
  const code = form.text("code");
  // Each rate's form names its fields after the rate, so every control has its own id on the page.
  const field = (key: string) => `${key}-${code}`;
  const amount = parseFrenchNumber(form.text(field("amount")));
  const year = Number(form.text(field("year")));
  // Refusals in the field's units (euros, a calendar year), never the schema's cents.
  const refusals = fr.forecasts.refusals;
  const refused: Record<string, string> = {};
  if (amount === null || amount < 0 || amount > MAX_AID_EUROS) {
    refused[field("amount")] = t(refusals.euros, {
      min: formatEuros(0),
      max: formatEuros(MAX_AID_EUROS * 100),
    });
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    refused[field("year")] = t(refusals.startYear, { min: 2000, max: 2100 });
  }
  if (amount === null || Object.keys(refused).length) {
    return replyFailure({ ok: false, error: "INVALID_INPUT", fields: refused }, form);
  }
  const result = await updateAidRate(context.deps, actor, code, {
    annualAmountCents: Math.round(amount * 100),
    year: Number.isInteger(year) ? year : 0,
    source: form.text(field("source")),
    sourceUrl: form.text(field("sourceUrl")),
    note: form.text(field("note")),
  });
  if (!result.ok) {
    const rename = Object.fromEntries(
      ["annualAmountCents", "year", "source", "sourceUrl", "note"].map((k) => [
        k,
        field(k === "annualAmountCents" ? "amount" : k),
      ]),
    );
    return replyFailure(result, form, { rename });
  }
  return redirect("/reseau/aides-aux-postes?done=enregistre");
}

export default function AidRates() {
  const { rates, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failedCode = failure?.values.code;
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {done ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      {rates.map((rate) => (
        <AidRateCard key={rate.code} rate={rate} failure={failedCode === rate.code ? failure : undefined} />
      ))}
    </div>
  );
}
