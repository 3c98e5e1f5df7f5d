import { useLoaderData } from "react-router";
import { campaignFabriques } from "../../server/campaigns/campaign-access";
import type { CampaignState } from "../../server/campaigns/campaign-state";
import { type CampaignListItem, listCampaigns } from "../../server/campaigns/list-campaigns";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/campaigns";

const text = fr.campaigns.list;
const groups: CampaignState[] = ["open", "upcoming", "closed"];

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const campaigns = valueOr404(await listCampaigns(context.deps, actor));
  return {
    campaigns,
    canCreate: campaignFabriques(actor).length > 0,
    severalFabriques: new Set(campaigns.map((c) => c.fabriqueId)).size > 1,
  };
}

function CampaignTable({
  items,
  caption,
  showFabrique,
}: {
  items: CampaignListItem[];
  caption: string;
  showFabrique: boolean;
}) {
  const columns = text.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.title}</th>
            {showFabrique ? <th scope="col">{columns.fabrique}</th> : null}
            <th scope="col">{columns.period}</th>
            <th scope="col" className="num">
              {columns.signals}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <a href={`/campagnes/${item.id}`}>{item.title}</a>
                <br />
                <small>{item.question}</small>
              </td>
              {showFabrique ? <td>{item.fabriqueName}</td> : null}
              <td>{t(text.period, { from: formatDate(item.opensOn), to: formatDate(item.closesOn) })}</td>
              <td className="num">
                {item.signalCount ? (
                  <a href={`/signaux?campaign=${item.id}`}>{item.signalCount}</a>
                ) : (
                  item.signalCount
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Campaigns() {
  const { campaigns, canCreate, severalFabriques } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <p>
        <a href="/signaux">{fr.signals.list.title}</a>
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {canCreate ? (
        <p>
          <a className="button" href="/campagnes/nouvelle">
            {text.new}
          </a>
        </p>
      ) : null}
      {campaigns.length === 0 ? (
        <EmptyState title={text.empty}>{text.emptyHelp}</EmptyState>
      ) : (
        groups.map((state) => {
          const items = campaigns.filter((c) => c.state === state);
          return (
            <section key={state} aria-labelledby={`campagnes-${state}`} className="stack">
              <h2 id={`campagnes-${state}`}>
                {text.groups[state]} <span className="muted">({items.length})</span>
              </h2>
              {items.length ? (
                <CampaignTable items={items} caption={text.groups[state]} showFabrique={severalFabriques} />
              ) : (
                <p className="muted">{text.none}</p>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}
