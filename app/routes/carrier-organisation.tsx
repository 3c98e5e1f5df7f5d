import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listCarrierOrganisationIds } from "../../server/carriers/carrier-organisation-access";
import { getCarrierOrganisation } from "../../server/carriers/get-carrier-organisation";
import { updateCarrierOrganisation } from "../../server/carriers/update-carrier-organisation";
import type { Actor } from "../../server/core/actor";
import type { Deps } from "../../server/core/deps";
import { requireActor } from "../../server/http/require-actor";
import { siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { notFound, valueOr404 } from "../network/page-results";
import { OrganisationFields } from "../organisations/organisation-fields";
import { organisationFormInput } from "../organisations/organisation-form";
import { storedOrganisationValues } from "../organisations/stored-values";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/carrier-organisation";

const text = fr.carriers.ownCard;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** The page is the carrier's, for its own card on this initiative; any other answers 404. */
async function requireOwnCard(deps: Deps, actor: Actor, initiativeId: string, organisationId: string) {
  const own = await listCarrierOrganisationIds(deps, actor, initiativeId);
  if (!own.includes(organisationId)) notFound();
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  await requireOwnCard(context.deps, actor, params.id, params.organisationId);
  const organisation = valueOr404(await getCarrierOrganisation(context.deps, actor, params.organisationId));
  return { organisation, initiativeId: params.id, siaeKinds: [...siaeKinds] };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  await requireOwnCard(context.deps, actor, params.id, params.organisationId);
  const form = await readForm(request);
  const prepared = await organisationFormInput(context.deps, form);
  if (!prepared.ok) return replyFailure(prepared, form);
  const result = await updateCarrierOrganisation(context.deps, actor, params.organisationId, {
    ...prepared.input,
    version: form.text("version"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/projets/${params.id}/porteur?fait=structure#structure`);
}

export default function CarrierOrganisation() {
  const { organisation, initiativeId, siaeKinds: siae } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const stored = storedOrganisationValues(organisation);

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
        <a href={`/projets/${initiativeId}/porteur`}>{text.back}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{t(text.intro, { fabrique: organisation.fabriqueName })}</p>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{fr.organisations.validation.stale}</p>
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={fr.organisations.fields} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <OrganisationFields values={values} errors={errors} kinds={[]} siaeKinds={siae} ownCard />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
