import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { createModel } from "../../server/catalogue/create-model";
import { listThemes } from "../../server/catalogue/list-themes";
import { canProposeModel, proposingFabriques } from "../../server/catalogue/model-access";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { modelFormInput, modelFormRenames } from "../catalogue/model-form.server";
import { ModelFormFields } from "../catalogue/model-form-fields";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/catalogue-new";

const text = fr.catalogue.form;
const labels = text.labels;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!canProposeModel(actor)) notFound();
  return { fabriques: proposingFabriques(actor), themes: await listThemes(context.deps) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const input = await modelFormInput(context.deps, form);
  if (!input.ok) return replyFailure(input, form, { forbidden: "explain" });
  const result = await createModel(context.deps, actor, input.value);
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain", rename: modelFormRenames });
  return redirect(`/catalogue/${result.value.id}?done=propose`);
}

export default function CatalogueNew() {
  const { fabriques, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/catalogue">{fr.catalogue.model.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={labels.fabriqueId}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={text.choose}
            required
            defaultValue={textValue(values.fabriqueId)}
            error={errors.fabriqueId}
          />
        ) : null}

        <ModelFormFields values={values} errors={errors} themes={themes} />

        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
