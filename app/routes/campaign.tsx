import { redirect, useActionData, useLoaderData } from "react-router";
import { getCampaign } from "../../server/campaigns/get-campaign";
import { closeCampaign } from "../../server/campaigns/update-campaign";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { CampaignFacts, CampaignSignals, CloseCampaign } from "../campaigns/campaign-sections";
import { doneFlag, valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/campaign";

const text = fr.campaigns.detail;
const flags = ["ouverte", "enregistree", "close"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.campaign.title} — ${fr.campaigns.list.title} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const campaign = valueOr404(await getCampaign(context.deps, actor, params.id));
  const publicPath = `/f/${campaign.fabriqueSlug}/campagnes/${campaign.slug}`;
  return {
    campaign,
    publicPath,
    publicUrl: `${context.deps.config.publicUrl.replace(/\/$/, "")}${publicPath}`,
    done: doneFlag(request, flags),
  };
}

/** Closing early asks for a confirmation (a checkbox, so it works without JavaScript). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("confirm") !== "oui") {
    return replyFailure(
      {
        ok: false,
        error: "INVALID_INPUT",
        message: fr.campaigns.validation.confirmClose,
        fields: { confirm: fr.campaigns.validation.confirmClose },
      },
      form,
    );
  }
  const result = await closeCampaign(context.deps, actor, params.id);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/campagnes/${params.id}?done=close`);
}

export default function CampaignPage() {
  const { campaign, publicPath, publicUrl, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href="/campagnes">{text.breadcrumb}</a>
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {done === "ouverte" ? text.created : done === "close" ? text.closedDone : text.saved}
        </p>
      ) : null}
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.question}</p>
      {campaign.description ? <p>{campaign.description}</p> : null}
      <CampaignFacts campaign={campaign} publicPath={publicPath} publicUrl={publicUrl} />
      {campaign.canEdit ? (
        <p className="actions">
          <a className="button" href={`/signaux/saisie?campaign=${campaign.id}`}>
            {text.assisted}
          </a>
          <a className="button button--secondary" href={`/campagnes/${campaign.id}/modifier`}>
            {text.edit}
          </a>
        </p>
      ) : null}

      <CampaignSignals campaign={campaign} />

      {campaign.canEdit && campaign.state !== "closed" ? <CloseCampaign failure={failure} /> : null}
    </div>
  );
}
