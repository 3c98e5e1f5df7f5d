import { useLoaderData } from "react-router";
import { canListCampaigns } from "../../server/campaigns/campaign-access";
import { listCampaigns } from "../../server/campaigns/list-campaigns";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listSavedViews } from "../../server/saved-views/saved-views";
import { assistingFabriques } from "../../server/signals/create-assisted-signal";
import { countSuspectedSignals, listSignals, listSignalsToWake } from "../../server/signals/list-signals";
import { canListSignals, recordingFabriques, signalScope } from "../../server/signals/signal-access";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { notFound, valueOr404 } from "../network/page-results";
import { SavedViews } from "../saved-views/saved-views";
import { queryWith, readListQuery } from "../signals/list-query";
import { SignalFilters, SignalTable } from "../signals/signal-list-sections";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";
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

/** Where to record a signal, enter one for someone else, or see the campaigns. */
function SignalListActions({
  canRecord,
  canAssist,
  canSeeCampaigns,
}: {
  canRecord: boolean;
  canAssist: boolean;
  canSeeCampaigns: boolean;
}) {
  if (!canRecord && !canSeeCampaigns) return null;
  return (
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
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{partnerOnly ? text.partnerIntro : text.intro}</p>
      <SignalListActions canRecord={canRecord} canAssist={canAssist} canSeeCampaigns={canSeeCampaigns} />

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

      <SignalFilters
        query={query}
        themes={themes}
        territoryQuery={territoryQuery}
        territoryError={territoryError}
        campaigns={campaigns}
        canAssist={canAssist}
      />

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
