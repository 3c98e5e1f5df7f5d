import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { createInitiative, creatingFabriques } from "../../server/initiatives/create-initiative";
import { initiativeFormOptions } from "../../server/initiatives/initiative-form-options";
import { getInitiativeFromModel } from "../../server/initiatives/initiative-from-model";
import { getInitiativeFromSignals } from "../../server/initiatives/initiative-from-signals";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { fr } from "../../shared/i18n/fr";
import { InitiativeFields, initiativeFormInput } from "../initiatives/initiative-fields";
import { InitiativeOrigin } from "../initiatives/initiative-new-sections";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/initiative-new";

const text = fr.initiatives.form;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

/**
 * `/projets/nouveau`, `?signal=<id>` (repeatable) to start from signals, `?model=<id>` to
 * replicate a catalogue model: the form is prefilled from them and keeps the links.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.newInitiative);
  const actor = requireActor(context, request);
  const fabriques = creatingFabriques(actor);
  if (!fabriques.length) notFound();
  const url = new URL(request.url);
  const fromSignals = await getInitiativeFromSignals(context.deps, actor, url.searchParams.getAll("signal"));
  // A model the actor may not read is not offered: the form starts without it.
  const fromModel = await getInitiativeFromModel(context.deps, actor, url.searchParams.get("model") ?? "");
  const model = fromModel.ok ? fromModel.value.model : null;
  const prefill: Record<string, string | string[]> = { ...fromSignals.prefill };
  if (fromModel.ok) {
    const { title, summary, entryPoint, themes } = fromModel.value.prefill;
    prefill.title ??= title;
    prefill.summary = summary;
    prefill.entryPoint = entryPoint;
    prefill.themes ??= themes;
  }
  prefill.officerUserId = actor.userId;
  return {
    fabriques,
    signals: fromSignals.signals,
    // Offered in one click when no model was asked for: the catalogue's best answer to the signal.
    topModel: model ? null : fromSignals.topModel,
    model,
    prefill,
    options: await initiativeFormOptions(
      context.deps,
      actor,
      fabriques.map((f) => f.id),
    ),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const territory = await resolveTerritoryInput(context.deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  if (!territory.ok) return replyFailure(territory, form, { forbidden: "explain" });
  const result = await createInitiative(context.deps, actor, {
    ...initiativeFormInput(form, territory.value),
    entryPoint: form.optional("entryPoint"),
    fabriqueId: form.optional("fabriqueId"),
    signalIds: form.list("signalIds"),
    modelId: form.optional("modelId") ?? null,
    programmeIds: form.list("programmeIds"),
  });
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain" });
  return redirect(`/projets/${result.value.id}?done=cree`);
}

export default function InitiativeNew() {
  const { fabriques, signals, model, topModel, prefill, options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? prefill;
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/projets">{fr.initiatives.tabs.list}</a>
      </p>
      <h1>{text.newTitle}</h1>
      <p>{text.newIntro}</p>
      <ErrorSummary failure={failure} labels={fr.initiatives.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <InitiativeOrigin
          signals={signals}
          model={model}
          topModel={topModel}
          values={values}
          errors={errors}
        />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={fr.initiatives.fields.fabriqueId}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={text.choose}
            required
            defaultValue={textValue(values.fabriqueId)}
            error={errors.fabriqueId}
          />
        ) : null}
        <InitiativeFields
          values={values}
          errors={errors}
          options={options}
          mode="create"
          showPrivateNotes={false}
        />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
