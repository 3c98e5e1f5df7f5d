import { useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { getOrganisation } from "../../server/organisations/get-organisation";
import { updateOrganisation } from "../../server/organisations/update-organisation";
import { organisationKinds, siaeKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { notFound, valueOr404 } from "../network/page-results";
import { formatCompanyNumber } from "../organisations/format";
import { OrganisationCardForm } from "../organisations/organisation-card-form";
import { saveOrganisationCard } from "../organisations/organisation-form";
import { storedOrganisationValues } from "../organisations/stored-values";
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
  return saveOrganisationCard(
    context.deps,
    request,
    (input) => updateOrganisation(context.deps, actor, params.id, input),
    `/acteurs/${params.id}?done=modifie`,
  );
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
  const none = fr.organisations.detail.none;
  return (
    <div className="stack">
      <p>
        <a href={`/acteurs/${organisation.id}`}>{organisation.name}</a>
      </p>
      <h1>{text.editTitle}</h1>
      <OrganisationCardForm
        failure={failure}
        stored={stored}
        storedVersion={organisation.version}
        conflictFacts={
          <dl className="facts">
            <dt>{fr.organisations.fields.name}</dt>
            <dd>{organisation.name}</dd>
            <dt>{fr.organisations.fields.siren}</dt>
            <dd>{formatCompanyNumber(organisation.siren) || none}</dd>
            <dt>{fr.organisations.fields.esusUntil}</dt>
            <dd>{organisation.esusUntil ? formatDate(organisation.esusUntil) : none}</dd>
            <dt>{fr.organisations.fields.notes}</dt>
            <dd>{organisation.notes || none}</dd>
          </dl>
        }
        kinds={kinds}
        siaeKinds={siae}
        saveLabel={text.save}
      />
    </div>
  );
}
