import { useLoaderData } from "react-router";
import { canListCampaigns } from "../../server/campaigns/campaign-access";
import { listCampaigns } from "../../server/campaigns/list-campaigns";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listSavedViews } from "../../server/saved-views/saved-views";
import { assistingFabriques } from "../../server/signals/create-assisted-signal";
import {
  countSuspectedSignals,
  listSignals,
  listSignalsToWake,
  type SignalListItem,
} from "../../server/signals/list-signals";
import { canListSignals, recordingFabriques, signalScope } from "../../server/signals/signal-access";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { signalChannels, signalKinds, signalStatuses } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { SavedViews } from "../saved-views/saved-views";
import { queryWith, readListQuery } from "../signals/list-query";
import { SignalStatusBadge, SpamBadge } from "../signals/signal-status-badge";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/form";
import { Pagination } from "../ui/pagination";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/signals";

const text = fr.signals.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!canListSignals(actor)) notFound();
  const url = new URL(request.url);
  const query = readListQuery(url);
  const { territoryQuery: typed, territoryError } = await resolveTerritoryFilter(context.deps, url, query);
  const scope = signalScope(actor);
  const campaigns = await listCampaigns(context.deps, actor);
  return {
    list: valueOr404(await listSignals(context.deps, actor, query)),
    toWake: await listSignalsToWake(context.deps, actor),
    themes: await listThemes(context.deps),
    query,
    territoryQuery: typed,
    territoryError,
    search: url.search,
    canRecord: recordingFabriques(actor).length > 0,
    canAssist: assistingFabriques(actor).length > 0,
    suspected: await countSuspectedSignals(context.deps, actor),
    partnerOnly: !scope.all && scope.teamFabriqueIds.length === 0,
    campaigns: campaigns.ok ? campaigns.value.map((c) => ({ value: c.id, label: c.title })) : [],
    canSeeCampaigns: canListCampaigns(actor),
    savedViews: await listSavedViews(context.deps, actor, "signals"),
  };
}

function SignalTable({ items, caption }: { items: SignalListItem[]; caption: string }) {
  const columns = text.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.reference}</th>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.territory}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.channel}</th>
            <th scope="col">{columns.createdAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.reference}</td>
              <td>
                <a href={`/signaux/${item.id}`}>{item.title}</a>
              </td>
              <td>{fr.signals.kinds[item.kind]}</td>
              <td>{item.territoryName ?? item.territoryCode}</td>
              <td>
                <SignalStatusBadge status={item.status} /> <SpamBadge spam={item.spam} />
              </td>
              <td>{fr.signals.channels[item.channel]}</td>
              <td>{formatDate(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Signals() {
  const {
    list,
    toWake,
    themes,
    query,
    territoryQuery,
    territoryError,
    search,
    canRecord,
    canAssist,
    suspected,
    partnerOnly,
    campaigns,
    canSeeCampaigns,
    savedViews,
  } = useLoaderData<typeof loader>();
  const url = new URL(`http://x/signaux${search}`);
  const option = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
    values.map((value) => ({ value, label: labels[value] }));
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{partnerOnly ? text.partnerIntro : text.intro}</p>
      {canRecord || canSeeCampaigns ? (
        <p className="actions">
          {canRecord ? (
            <a className="button" href="/signaux/nouveau">
              {text.new}
            </a>
          ) : null}
          {canAssist ? (
            <a className="button button--secondary" href="/signaux/saisie">
              {fr.signals.assisted.link}
            </a>
          ) : null}
          {canSeeCampaigns ? <a href="/campagnes">{fr.campaigns.list.fromSignals}</a> : null}
        </p>
      ) : null}

      {suspected && query.spam !== "suspected" ? (
        <p className="notice" role="status">
          {t(fr.signals.spamMark.toCheck, { count: suspected })}{" "}
          <a href="/signaux?spam=suspected">{fr.signals.spamMark.toCheckLink}</a>
        </p>
      ) : null}

      {toWake.length ? (
        <section aria-labelledby="reveil-titre" className="card">
          <h2 id="reveil-titre">{text.reminders}</h2>
          <p>{text.remindersHelp}</p>
          <SignalTable items={toWake} caption={text.reminders} />
        </section>
      ) : null}

      <SavedViews list="signals" views={savedViews} search={search} />

      <form method="get" className="card stack" aria-labelledby="filtres-titre">
        <h2 id="filtres-titre">{text.filters}</h2>
        <SelectField
          name="kind"
          label={text.columns.kind}
          options={option(signalKinds, fr.signals.kinds)}
          placeholder={text.all}
          defaultValue={query.kind}
        />
        <SelectField
          name="status"
          label={text.columns.status}
          options={option(signalStatuses, fr.signals.statuses)}
          placeholder={text.all}
          defaultValue={query.status}
        />
        <SelectField
          name="theme"
          label={fr.signals.fields.themes}
          options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
          placeholder={text.all}
          defaultValue={query.theme}
        />
        <SelectField
          name="channel"
          label={text.columns.channel}
          options={option(signalChannels, fr.signals.channels)}
          placeholder={text.all}
          defaultValue={query.channel}
        />
        <TerritoryCombobox
          mode="field"
          name="territory"
          label={text.territory}
          defaultValue={query.territory ?? ""}
          defaultQuery={territoryQuery}
          error={territoryError}
        />
        {campaigns.length ? (
          <SelectField
            name="campaign"
            label={fr.campaigns.list.filter}
            options={campaigns}
            placeholder={text.all}
            defaultValue={query.campaign}
          />
        ) : null}
        {canAssist ? (
          <SelectField
            name="spam"
            label={fr.signals.spamMark.filter}
            options={[
              { value: "suspected", label: fr.signals.spamMark.filterSuspected },
              { value: "confirmed", label: fr.signals.spamMark.filterConfirmed },
            ]}
            placeholder={fr.signals.spamMark.filterDefault}
            defaultValue={query.spam}
          />
        ) : null}
        <Field name="from" label={text.from} type="date" defaultValue={query.from} />
        <Field name="to" label={text.to} type="date" defaultValue={query.to} />
        <div className="actions">
          <button type="submit" className="button">
            {text.apply}
          </button>
          <a href="/signaux">{text.reset}</a>
        </div>
      </form>

      <section aria-labelledby="liste-titre" className="stack">
        <h2 id="liste-titre">{t(text.count, { count: list.total })}</h2>
        {list.items.length === 0 ? (
          <EmptyState title={text.empty}>{text.emptyHelp}</EmptyState>
        ) : (
          <>
            <p>
              <a href={`/signaux/export${queryWith(url, { page: null })}`}>{text.export}</a>
            </p>
            <SignalTable items={list.items} caption={text.title} />
          </>
        )}
        <Pagination
          page={list.page}
          pages={list.pages}
          href={(page) => `/signaux${queryWith(url, { page: String(page) })}`}
        />
      </section>
    </div>
  );
}
