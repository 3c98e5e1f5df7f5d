import { useActionData, useLoaderData } from "react-router";
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
import { OrganisationCardForm } from "../organisations/organisation-card-form";
import { saveOrganisationCard } from "../organisations/organisation-form";
import { storedOrganisationValues } from "../organisations/stored-values";
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
  return saveOrganisationCard(
    context.deps,
    request,
    (input) => updateCarrierOrganisation(context.deps, actor, params.organisationId, input),
    `/projets/${params.id}/porteur?done=structure#structure`,
  );
}

export default function CarrierOrganisation() {
  const { organisation, initiativeId, siaeKinds: siae } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href={`/projets/${initiativeId}/porteur`}>{text.back}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{t(text.intro, { fabrique: organisation.fabriqueName })}</p>
      <OrganisationCardForm
        failure={failure}
        stored={storedOrganisationValues(organisation)}
        storedVersion={organisation.version}
        kinds={[]}
        siaeKinds={siae}
        ownCard
        saveLabel={text.save}
      />
    </div>
  );
}
