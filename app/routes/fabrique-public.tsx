import { useLoaderData } from "react-router";
import { listPublicCalls } from "../../server/calls/public-calls";
import { listOpenCampaigns } from "../../server/campaigns/public-campaigns";
import {
  listFabriqueLaunchedActivities,
  type PublicLaunchedActivity,
} from "../../server/initiatives/launched-activities";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CallList } from "../calls/call-sections";
import { showCall } from "../calls/show-call";
import { valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import type { Route } from "./+types/fabrique-public";

const text = fr.network.public;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [
        { title: `${loaderData.fabrique.name} — ${fr.common.appName}` },
        { name: "description", content: loaderData.fabrique.description || fr.common.tagline },
      ]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

/** A Fabrique's public page: anyone may read it; a withdrawn or unknown Fabrique answers 404. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  return {
    fabrique,
    campaigns: await listOpenCampaigns(context.deps, params.slug),
    launches: await listFabriqueLaunchedActivities(context.deps, fabrique.slug),
    calls: (await listPublicCalls(context.deps, { fabriqueSlug: fabrique.slug })).map(showCall),
  };
}

function LaunchItem({ activity }: { activity: PublicLaunchedActivity }) {
  return (
    <li>
      <strong>{activity.activityName}</strong>
      {activity.territoryName ? ` (${activity.territoryName})` : null} —{" "}
      {t(activity.status === "open" ? text.opened : text.planned, { date: formatDate(activity.openedOn) })}
      {activity.modelId && activity.modelTitle ? (
        <>
          {" — "}
          <a href={`/catalogue/${activity.modelId}`}>{t(text.replication, { model: activity.modelTitle })}</a>
        </>
      ) : null}
    </li>
  );
}

function Launches({ launches }: { launches: Awaited<ReturnType<typeof listFabriqueLaunchedActivities>> }) {
  return (
    <section aria-labelledby="activites-titre" className="stack">
      <h2 id="activites-titre">{text.launchesTitle}</h2>
      <p>{text.launchesIntro}</p>
      {launches.open.length ? (
        <ul>
          {launches.open.map((a) => (
            <LaunchItem key={a.initiativeId} activity={a} />
          ))}
        </ul>
      ) : (
        <p>{text.launchesEmpty}</p>
      )}
      {launches.planned.length ? (
        <>
          <h3>{text.plannedTitle}</h3>
          <ul>
            {launches.planned.map((a) => (
              <LaunchItem key={a.initiativeId} activity={a} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export default function FabriquePublic() {
  const { fabrique, campaigns, launches, calls } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <section className="hero">
        <h1>{fabrique.name}</h1>
        <p className="lead">{fabrique.description || text.noDescription}</p>
      </section>
      <dl className="facts">
        {fabrique.carryingStructure ? (
          <>
            <dt>{fr.network.fields.carryingStructure}</dt>
            <dd>{fabrique.carryingStructure}</dd>
          </>
        ) : null}
        {fabrique.regionName ? (
          <>
            <dt>{fr.network.fields.regionCode}</dt>
            <dd>{fabrique.regionName}</dd>
          </>
        ) : null}
        <dt>{fr.network.fields.status}</dt>
        <dd>
          <StatusBadge status={fabrique.status} />
        </dd>
      </dl>

      <section aria-labelledby="contact-titre">
        <h2 id="contact-titre">{text.contactTitle}</h2>
        {fabrique.contactEmail ? (
          <p>
            <a href={`mailto:${fabrique.contactEmail}`}>{fabrique.contactEmail}</a>
          </p>
        ) : (
          <p>{text.noContact}</p>
        )}
      </section>

      {campaigns.length ? (
        <section aria-labelledby="campagnes-titre" className="stack">
          <h2 id="campagnes-titre">{fr.campaigns.public.listTitle}</h2>
          <p>{fr.campaigns.public.listIntro}</p>
          <ul className="card-grid">
            {campaigns.map((campaign) => (
              <li key={campaign.slug} className="card">
                <h3>
                  <a href={`/f/${fabrique.slug}/campagnes/${campaign.slug}`}>{campaign.question}</a>
                </h3>
                <p>
                  {campaign.title} — {t(fr.campaigns.public.until, { date: formatDate(campaign.closesOn) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {calls.length ? (
        <section aria-labelledby="appels-titre" className="stack">
          <h2 id="appels-titre">{fr.calls.pages.listTitle}</h2>
          <CallList calls={calls} showFabrique={false} />
        </section>
      ) : null}

      <Launches launches={launches} />

      <section aria-labelledby="besoin-titre" className="card">
        <h2 id="besoin-titre">{fr.signals.public.linkTitle}</h2>
        <p>{fr.signals.public.linkBody}</p>
        <p>
          <a className="button" href={`/f/${fabrique.slug}/proposer`}>
            {fr.signals.public.link}
          </a>
        </p>
      </section>
    </div>
  );
}
