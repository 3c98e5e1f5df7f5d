import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { listThemes } from "../../server/catalogue/list-themes";
import { formToObject } from "../../server/core/validation";
import { getSignal } from "../../server/signals/get-signal";
import { updateSignal } from "../../server/signals/update-signal";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { coverageConclusions } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { type SignalFormFailure, signalFormFailure, textValue } from "../signals/form-failure";
import { SignalFields, signalFormInput } from "../signals/signal-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
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
  const values = formToObject(await request.formData());
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const territory = await resolveTerritoryInput(context.deps, {
    value: str("territory"),
    query: str("territoryQuery"),
  });
  if (!territory.ok) return signalFormFailure(territory, values);
  const input = signalFormInput(values, territory.value);
  const result = await updateSignal(context.deps, actor, params.id, {
    ...input,
    territory: input.territory ?? undefined,
    version: str("version") as never,
    coverage: (str("coverage") || null) as never,
    coverageNote: str("coverageNote"),
  });
  if (!result.ok) {
    const failure = result.error === "FORBIDDEN" ? { ...result, error: "NOT_FOUND" as const } : result;
    return signalFormFailure(failure, values, result.error === "CONFLICT" ? 409 : 400);
  }
  return redirect(`/signaux/${params.id}?fait=modifie`);
}

export default function SignalEdit() {
  const { signal, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as SignalFormFailure | undefined;
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
        <ErrorSummary failure={failure ? { ...failure, values: {} } : null} labels={labels} />
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
