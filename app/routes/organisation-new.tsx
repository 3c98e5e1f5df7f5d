import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { createOrganisation } from "../../server/organisations/create-organisation";
import { directoryFabriques } from "../../server/organisations/organisation-access";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { OrganisationFields } from "../organisations/organisation-fields";
import { organisationFormInput } from "../organisations/organisation-form";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/organisation-new";

const text = fr.organisations.form;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const fabriques = directoryFabriques(actor);
  if (!fabriques.length) notFound();
  return { fabriques, kinds: [...organisationKinds], siaeKinds: [...siaeKinds] };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const prepared = await organisationFormInput(context.deps, form);
  if (!prepared.ok) return replyFailure(prepared, form);
  const result = await createOrganisation(context.deps, actor, {
    ...prepared.input,
    fabriqueId: form.optional("fabriqueId"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/acteurs/${result.value.id}?done=cree`);
}

export default function OrganisationNew() {
  const { fabriques, kinds, siaeKinds: siae } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/acteurs">{fr.organisations.list.title}</a>
      </p>
      <h1>{text.newTitle}</h1>
      <ErrorSummary failure={failure} labels={fr.organisations.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={fr.organisations.fields.fabriqueId}
            required
            placeholder="—"
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            defaultValue={values.fabriqueId}
            error={errors.fabriqueId}
          />
        ) : null}
        <OrganisationFields values={values} errors={errors} kinds={kinds} siaeKinds={siae} />
        <button type="submit" className="button">
          {text.create}
        </button>
      </Form>
    </div>
  );
}
