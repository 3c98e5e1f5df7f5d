import { useActionData, useLoaderData } from "react-router";
import { getPublicCampaign } from "../../server/campaigns/public-campaigns";
import { listThemes } from "../../server/catalogue/list-themes";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { signFormStamp } from "../../server/signals/form-stamp";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { PublicSignalForm } from "../signals/public-signal-form";
import { submitPublicSignal } from "../signals/submit-public-signal";
import type { Route } from "./+types/campaign-public";

const text = fr.campaigns.public;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [
        { title: `${loaderData.campaign.title} — ${loaderData.fabrique.name} — ${fr.common.appName}` },
        { name: "description", content: loaderData.campaign.question },
      ]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

/**
 * A campaign's public page: its question, its period and, while it is open, the Fabrique's public
 * signal form; what is sent there is grouped under the campaign.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const campaign = valueOr404(await getPublicCampaign(context.deps, params.slug, params.campaignSlug));
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  return {
    campaign,
    fabrique,
    themes: campaign.state === "open" ? await listThemes(context.deps) : [],
    stamp: signFormStamp(context.deps.config.secret, context.deps.clock.now()),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  valueOr404(await getPublicCampaign(context.deps, params.slug, params.campaignSlug));
  return submitPublicSignal(context, request, { fabrique: params.slug, campaign: params.campaignSlug });
}

export default function CampaignPublic() {
  const { campaign, fabrique, themes, stamp } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const period = t(text.period, { from: formatDate(campaign.opensOn), to: formatDate(campaign.closesOn) });
  return (
    <div className="stack">
      <p>
        <a href={`/f/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <section className="hero">
        <p>{campaign.title}</p>
        <h1>{campaign.question}</h1>
        {campaign.description ? <p className="lead">{campaign.description}</p> : null}
      </section>
      <ul>
        {campaign.state === "closed" ? null : <li>{period}</li>}
        {campaign.audience ? <li>{t(text.audience, { audience: campaign.audience })}</li> : null}
        {campaign.territoryName ? <li>{t(text.territory, { territory: campaign.territoryName })}</li> : null}
      </ul>
      {campaign.state === "open" ? (
        <section aria-labelledby="reponse-titre" className="stack">
          <h2 id="reponse-titre">{text.formTitle}</h2>
          <PublicSignalForm
            fabrique={fabrique}
            themes={themes}
            stamp={stamp}
            failure={failure}
            territory={
              campaign.territory && campaign.territoryName
                ? { value: campaign.territory, name: campaign.territoryName }
                : undefined
            }
          />
        </section>
      ) : (
        <div className="notice" role="status">
          <p>
            {campaign.state === "upcoming"
              ? t(text.notYetOpen, { date: formatDate(campaign.opensOn) })
              : t(text.closed, { date: formatDate(campaign.closesOn) })}
          </p>
          <p>
            <a href={`/f/${fabrique.slug}/proposer`}>{text.otherwise}</a>
          </p>
        </div>
      )}
    </div>
  );
}
