import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { getCampaign } from "../../server/campaigns/get-campaign";
import { updateCampaign } from "../../server/campaigns/update-campaign";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { CampaignFields } from "../campaigns/campaign-fields";
import { campaignFormInput } from "../campaigns/campaign-form";
import { notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/campaign-edit";

const text = fr.campaigns.form;

export const meta = () => [{ title: `${text.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const campaign = valueOr404(await getCampaign(context.deps, actor, params.id));
  if (!campaign.canEdit) notFound();
  return {
    campaign: { id: campaign.id, title: campaign.title },
    values: {
      title: campaign.title,
      question: campaign.question,
      description: campaign.description,
      audience: campaign.audience,
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      territory:
        campaign.territoryKind && campaign.territoryCode
          ? `${campaign.territoryKind}:${campaign.territoryCode}`
          : "",
      territoryQuery: campaign.territoryName ?? "",
      slug: campaign.slug,
      addressLimitPerHour: campaign.addressLimitPerHour === null ? "" : String(campaign.addressLimitPerHour),
    } as Record<string, string>,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const input = await campaignFormInput(context.deps, form);
  if (!input.ok) return replyFailure(input, form);
  const { fabriqueId: _fabriqueId, ...changes } = input.value;
  const result = await updateCampaign(context.deps, actor, params.id, changes);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/campagnes/${result.value.id}?done=enregistree`);
}

export default function CampaignEdit() {
  const { campaign, values: stored } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href={`/campagnes/${campaign.id}`}>{campaign.title}</a>
      </p>
      <h1>{text.editTitle}</h1>
      <ErrorSummary failure={failure} labels={fr.campaigns.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <CampaignFields values={values} errors={errors} />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
