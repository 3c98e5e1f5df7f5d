import { redirect, useActionData, useLoaderData } from "react-router";
import { copyForecast, createForecast } from "../../server/forecasts/create-forecast";
import { listForecasts } from "../../server/forecasts/list-forecasts";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { ForecastComparison, NewForecastForm } from "../forecasts/forecast-list-sections";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { doneFlag, valueOr404 } from "../network/page-results";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary } from "../ui/form";
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
        <ForecastComparison forecasts={forecasts} canEdit={canEdit} />
      )}
      {canEdit ? <NewForecastForm failure={failure} /> : null}
    </div>
  );
}
