import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { createSignal } from "../../server/signals/create-signal";
import { recordingFabriques } from "../../server/signals/signal-access";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { fr } from "../../shared/i18n/fr";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { SignalFields, signalFormInput } from "../signals/signal-fields";
import { SimilarDraftPanel } from "../signals/similar-draft-panel";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/signal-new";

const text = fr.signals.form;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const fabriques = recordingFabriques(actor);
  if (!fabriques.length) notFound();
  return { fabriques, themes: await listThemes(context.deps) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const territory = await resolveTerritoryInput(context.deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  if (!territory.ok) return replyFailure(territory, form, { forbidden: "explain" });
  const result = await createSignal(context.deps, actor, {
    ...signalFormInput(form, territory.value),
    fabriqueId: form.optional("fabriqueId"),
  });
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain" });
  return redirect(`/signaux/${result.value.id}?done=enregistre`);
}

export default function SignalNew() {
  const { fabriques, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/signaux">{fr.signals.detail.breadcrumb}</a>
      </p>
      <h1>{text.newTitle}</h1>
      <p>{text.newIntro}</p>
      <ErrorSummary
        failure={failure}
        labels={{ ...fr.signals.fields, fabriqueId: fr.signals.fields.fabrique }}
      />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={fr.signals.fields.fabrique}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={text.choose}
            required
            defaultValue={textValue(values.fabriqueId)}
            error={errors.fabriqueId}
          />
        ) : null}
        <SignalFields values={values} errors={errors} themes={themes} />
        <SimilarDraftPanel
          themeLabels={Object.fromEntries(themes.map((theme) => [theme.code, theme.label]))}
        />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
