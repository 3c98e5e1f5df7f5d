import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { getModel } from "../../server/catalogue/get-model";
import { listThemes } from "../../server/catalogue/list-themes";
import { updateModel } from "../../server/catalogue/update-model";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { modelFormInput, modelFormRenames, modelFormValues } from "../catalogue/model-form.server";
import { ModelFormFields } from "../catalogue/model-form-fields";
import { ModelStatusBadge } from "../catalogue/model-status-badge";
import { notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/catalogue-model-edit";

const text = fr.catalogue.edit;
const labels = fr.catalogue.form.labels;

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${text.title}${data ? ` « ${data.model.title} »` : ""} — ${fr.common.appName}` },
];

/** The edit form: the model's team while it is a draft, the network animator at any status. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const model = valueOr404(await getModel(context.deps, actor, params.id));
  if (!model.canEdit) notFound();
  return {
    model: { id: model.id, title: model.title, summary: model.summary, status: model.status },
    stored: modelFormValues(model),
    // The concurrency token: the edit names it, and is refused if the model was saved meanwhile.
    version: model.version,
    themes: await listThemes(context.deps),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const input = await modelFormInput(context.deps, form);
  if (!input.ok) return replyFailure(input, form, { forbidden: "explain" });
  const result = await updateModel(context.deps, actor, params.id, {
    ...input.value,
    version: form.text("version"),
  });
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain", rename: modelFormRenames });
  return redirect(`/catalogue/${params.id}?done=modifie`);
}

export default function CatalogueModelEdit() {
  const { model, stored, version: storedVersion, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  const conflict = failure?.error === "CONFLICT";
  // After a conflict the form carries the version now stored, so saving again applies what was typed.
  const version = conflict ? String(storedVersion) : (textValue(values.version) ?? String(storedVersion));
  return (
    <div className="stack">
      <p>
        <a href={`/catalogue/${model.id}`}>{model.title}</a>
      </p>
      <h1>
        {text.title} {model.status !== "published" ? <ModelStatusBadge status={model.status} /> : null}
      </h1>
      <p>{text.intro}</p>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{text.stale}</p>
          <p>{text.storedVersion} :</p>
          <p>
            <strong>{model.title}</strong>
          </p>
          <p>{model.summary}</p>
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={labels} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <ModelFormFields values={values} errors={errors} themes={themes} />
        <div className="actions">
          <button type="submit" className="button">
            {text.submit}
          </button>
          <a className="button button--secondary" href={`/catalogue/${model.id}`}>
            {text.cancel}
          </a>
        </div>
      </Form>
    </div>
  );
}
