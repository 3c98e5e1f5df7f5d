import { useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { creatingFabriques } from "../../server/initiatives/create-initiative";
import { initiativeFilterOptions } from "../../server/initiatives/initiative-filter-options";
import { listInitiativesQuery } from "../../server/initiatives/initiative-schemas";
import {
  listAllInitiatives,
  listInitiatives,
  listInitiativesToWake,
} from "../../server/initiatives/list-initiatives";
import { listSavedViews } from "../../server/saved-views/saved-views";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import {
  Board,
  InitiativeFilters,
  InitiativeTable,
  ViewSwitch,
} from "../initiatives/initiative-list-sections";
import { valueOr404 } from "../network/page-results";
import { SavedViews } from "../saved-views/saved-views";
import { queryWith, readQueryWith } from "../signals/list-query";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/initiatives";

const text = fr.initiatives.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.initiatives);
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const query = readQueryWith(listInitiativesQuery, url);
  const { territoryQuery: typed, territoryError } = await resolveTerritoryFilter(context.deps, url, query);
  const view: "table" | "kanban" = url.searchParams.get("view") === "table" ? "table" : "kanban";
  const { stage: _stage, page: _page, perPage: _perPage, ...boardQuery } = query;
  return {
    view,
    list: view === "table" ? valueOr404(await listInitiatives(context.deps, actor, query)) : null,
    board: view === "kanban" ? await listAllInitiatives(context.deps, actor, boardQuery) : null,
    toWake: await listInitiativesToWake(context.deps, actor),
    themes: await listThemes(context.deps),
    options: await initiativeFilterOptions(context.deps, actor),
    query,
    territoryQuery: typed,
    territoryError,
    search: url.search,
    canCreate: creatingFabriques(actor).length > 0,
    now: context.deps.clock.now(),
    savedViews: await listSavedViews(context.deps, actor, "initiatives"),
  };
}

export default function Initiatives() {
  const {
    view,
    list,
    board,
    toWake,
    themes,
    options,
    query,
    territoryQuery,
    territoryError,
    search,
    canCreate,
    now,
    savedViews,
  } = useLoaderData<typeof loader>();
  const url = new URL(`http://x/projets${search}`);
  const total = view === "table" ? (list?.total ?? 0) : (board?.length ?? 0);
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {canCreate ? (
        <p>
          <a className="button" href="/projets/nouveau">
            {text.new}
          </a>
        </p>
      ) : null}

      {toWake.length ? (
        <section aria-labelledby="reveil-titre" className="card">
          <h2 id="reveil-titre">{text.reminders}</h2>
          <p>{text.remindersHelp}</p>
          <InitiativeTable items={toWake} caption={text.reminders} now={now} />
        </section>
      ) : null}

      <SavedViews list="initiatives" views={savedViews} search={search} />
      <InitiativeFilters
        view={view}
        query={query}
        themes={themes}
        options={options}
        territoryQuery={territoryQuery}
        territoryError={territoryError}
      />

      <section aria-labelledby="liste-titre" className="stack">
        <h2 id="liste-titre">{t(text.count, { count: total })}</h2>
        <ViewSwitch view={view} url={url} total={total} />
        {total === 0 ? (
          <EmptyState title={text.empty}>{canCreate ? text.emptyHelp : text.emptyHelpPartner}</EmptyState>
        ) : view === "kanban" && board ? (
          <Board items={board} now={now} />
        ) : list ? (
          <InitiativeTable items={list.items} caption={text.title} now={now} />
        ) : null}
        {list ? (
          <Pagination
            page={list.page}
            pages={list.pages}
            href={(page) => `/projets${queryWith(url, { page: String(page) })}`}
          />
        ) : null}
      </section>
    </div>
  );
}
