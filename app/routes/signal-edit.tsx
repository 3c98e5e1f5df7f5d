import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { getSignal } from "../../server/signals/get-signal";
import { updateSignal } from "../../server/signals/update-signal";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { coverageConclusions } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { SignalFields, signalFormInput } from "../signals/signal-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/signal-edit";

const text = fr.signals.form;
const labels = fr.signals.fields;

export const meta = () => [{ title: `${text.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const signal = valueOr404(await getSignal(context.deps, actor, params.id));
  if (!signal.canChange) notFound();
  return { signal, themes: await listThemes(context.deps) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const territory = await resolveTerritoryInput(context.deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  if (!territory.ok) return replyFailure(territory, form);
  const result = await updateSignal(context.deps, actor, params.id, {
    ...signalFormInput(form, territory.value),
    version: form.text("version"),
    coverage: form.optional("coverage") ?? null,
    coverageNote: form.text("coverageNote"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/signaux/${params.id}?done=modifie`);
}

export default function SignalEdit() {
  const { signal, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const stored: Record<string, string | string[]> = {
    kind: signal.kind,
    title: signal.title,
    description: signal.description,
    territory: `${signal.territoryKind}:${signal.territoryCode}`,
    territoryQuery: signal.territoryName ?? "",
    themes: signal.themes,
    publics: signal.publics,
    channel: signal.channel,
    sourceOrganisation: signal.sourceOrganisation,
    sourcePerson: signal.sourcePerson,
    evidence: signal.evidence,
    coverage: signal.coverage ?? "",
    coverageNote: signal.coverageNote,
  };
  const values = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  const conflict = failure?.error === "CONFLICT";
  // After a conflict the form carries the current version, so saving again applies the user's text.
  const version = conflict ? String(signal.version) : (textValue(values.version) ?? String(signal.version));
  return (
    <div className="stack">
      <p>
        <a href={`/signaux/${signal.id}`}>
          {signal.reference} — {signal.title}
        </a>
      </p>
      <h1>{text.editTitle}</h1>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{text.stale}</p>
          <p>
            <strong>{signal.title}</strong>
          </p>
          <p>{signal.description}</p>
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={labels} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <SignalFields values={values} errors={errors} themes={themes} />
        <fieldset className="stack">
          <legend>{labels.coverage}</legend>
          <SelectField
            name="coverage"
            label={labels.coverage}
            options={coverageConclusions.map((value) => ({ value, label: fr.signals.coverage[value] }))}
            placeholder="—"
            defaultValue={textValue(values.coverage)}
            error={errors.coverage}
          />
          <Field
            name="coverageNote"
            label={labels.coverageNote}
            multiline
            defaultValue={textValue(values.coverageNote)}
            error={errors.coverageNote}
          />
        </fieldset>
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
