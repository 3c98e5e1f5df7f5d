import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { getOrganisation } from "../../server/organisations/get-organisation";
import { updateOrganisation } from "../../server/organisations/update-organisation";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { notFound, valueOr404 } from "../network/page-results";
import { formatCompanyNumber } from "../organisations/format";
import { OrganisationFields } from "../organisations/organisation-fields";
import { organisationFormInput } from "../organisations/organisation-form";
import { storedOrganisationValues } from "../organisations/stored-values";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/organisation-edit";

const text = fr.organisations.form;

export const meta = () => [{ title: `${text.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const organisation = valueOr404(await getOrganisation(context.deps, actor, params.id));
  if (!organisation.canEdit) notFound();
  return { organisation, kinds: [...organisationKinds], siaeKinds: [...siaeKinds] };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const prepared = await organisationFormInput(context.deps, form);
  if (!prepared.ok) return replyFailure(prepared, form);
  const result = await updateOrganisation(context.deps, actor, params.id, {
    ...prepared.input,
    version: form.text("version"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/acteurs/${params.id}?fait=modifie`);
}

export default function OrganisationEdit() {
  const { organisation, kinds, siaeKinds: siae } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const stored: Record<string, string> = {
    ...storedOrganisationValues({
      ...organisation,
      territory:
        organisation.territoryKind && organisation.territoryCode
          ? {
              kind: organisation.territoryKind,
              code: organisation.territoryCode,
              name: organisation.territoryName,
            }
          : null,
    }),
    kind: organisation.kind,
    notes: organisation.notes,
  };

  const values = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  const conflict = failure?.error === "CONFLICT";
  // After a conflict the form carries the stored version, so saving again applies the user's text.
  const version = conflict
    ? String(organisation.version)
    : (textValue(values.version) ?? String(organisation.version));
  return (
    <div className="stack">
      <p>
        <a href={`/acteurs/${organisation.id}`}>{organisation.name}</a>
      </p>
      <h1>{text.editTitle}</h1>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{fr.organisations.validation.stale}</p>
          <dl className="facts">
            <dt>{fr.organisations.fields.name}</dt>
            <dd>{organisation.name}</dd>
            <dt>{fr.organisations.fields.siren}</dt>
            <dd>{formatCompanyNumber(organisation.siren) || fr.organisations.detail.none}</dd>
            <dt>{fr.organisations.fields.esusUntil}</dt>
            <dd>
              {organisation.esusUntil ? formatDate(organisation.esusUntil) : fr.organisations.detail.none}
            </dd>
            <dt>{fr.organisations.fields.notes}</dt>
            <dd>{organisation.notes || fr.organisations.detail.none}</dd>
          </dl>
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={fr.organisations.fields} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <OrganisationFields values={values} errors={errors} kinds={kinds} siaeKinds={siae} />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
