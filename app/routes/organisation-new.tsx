import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { formToObject } from "../../server/core/validation";
import { createOrganisation } from "../../server/organisations/create-organisation";
import { directoryFabriques } from "../../server/organisations/organisation-access";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { formFailure, formInput, notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { OrganisationFields } from "../organisations/organisation-fields";
import { organisationFormInput } from "../organisations/organisation-form";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, type FormFailure } from "../ui/form";
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
  const values = formToObject(await request.formData());
  const prepared = await organisationFormInput(context.deps, values);
  if (!prepared.ok) return formFailure(prepared, values);
  const fabriqueId =
    typeof values.fabriqueId === "string" && values.fabriqueId ? values.fabriqueId : undefined;
  const result = await createOrganisation(context.deps, actor, formInput({ ...prepared.input, fabriqueId }));
  if (!result.ok) return formFailure(result, values);
  return redirect(`/acteurs/${result.value.id}?fait=cree`);
}

export default function OrganisationNew() {
  const { fabriques, kinds, siaeKinds: siae } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
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
