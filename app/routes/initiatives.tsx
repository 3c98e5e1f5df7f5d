import { useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { creatingFabriques } from "../../server/initiatives/create-initiative";
import { initiativeFilterOptions } from "../../server/initiatives/initiative-filter-options";
import { listInitiativesQuery } from "../../server/initiatives/initiative-schemas";
import {
  type InitiativeListItem,
  listAllInitiatives,
  listInitiatives,
  listInitiativesToWake,
} from "../../server/initiatives/list-initiatives";
import { listSavedViews } from "../../server/saved-views/saved-views";
import { resolveTerritoryFilter } from "../../server/territories/resolve-territory-filter";
import { entryPoints, initiativeStages } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { DemoStoryBadge } from "../initiatives/demo-story";
import { valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { SavedViews } from "../saved-views/saved-views";
import { queryWith, readQueryWith } from "../signals/list-query";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/form";
import { Pagination } from "../ui/pagination";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/initiatives";

const text = fr.initiatives.list;
const DAY = 86_400_000;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.initiatives);
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const query = readQueryWith(listInitiativesQuery, url);
  const { territoryQuery: typed, territoryError } = await resolveTerritoryFilter(context.deps, url, query);
  const view = url.searchParams.get("view") === "table" ? "table" : "kanban";
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

const daysSince = (date: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY));

function InitiativeTable({
  items,
  caption,
  now,
}: {
  items: InitiativeListItem[];
  caption: string;
  now: Date;
}) {
  const columns = text.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.reference}</th>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.stage}</th>
            <th scope="col" className="num">
              {columns.days}
            </th>
            <th scope="col">{columns.territory}</th>
            <th scope="col">{columns.entryPoint}</th>
            <th scope="col">{columns.officer}</th>
            <th scope="col">{columns.updatedAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.reference}</td>
              <td>
                <a href={`/projets/${item.id}`}>{item.title}</a> <DemoStoryBadge id={item.id} />
              </td>
              <td>
                {fr.initiatives.stages[item.stage]}
                {item.wakeUpOn ? ` (${t(text.wakeUpOn, { date: formatDate(item.wakeUpOn) })})` : ""}
              </td>
              <td className="num">{daysSince(item.stageEnteredAt, now)}</td>
              <td>{item.territoryName ?? item.territoryCode}</td>
              <td>{fr.initiatives.entryPoints[item.entryPoint]}</td>
              <td>{item.officerName ?? "—"}</td>
              <td>{formatDate(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Board({ items, now }: { items: InitiativeListItem[]; now: Date }) {
  return (
    <div className="kanban">
      {initiativeStages.map((stage) => {
        const cards = items.filter((item) => item.stage === stage);
        return (
          <section key={stage} className="kanban__column" aria-labelledby={`colonne-${stage}`}>
            <h2 id={`colonne-${stage}`}>
              {fr.initiatives.stages[stage]} <span className="muted">({cards.length})</span>
            </h2>
            {cards.length ? (
              <ul>
                {cards.map((item) => (
                  <li key={item.id} className="kanban__card">
                    <a href={`/projets/${item.id}`}>{item.title}</a> <DemoStoryBadge id={item.id} />
                    <br />
                    <small>
                      {item.reference} · {item.territoryName ?? item.territoryCode} ·{" "}
                      {t(text.daysInStage, { days: daysSince(item.stageEnteredAt, now) })}
                    </small>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{text.emptyColumn}</p>
            )}
          </section>
        );
      })}
    </div>
  );
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
  const option = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
    values.map((value) => ({ value, label: labels[value] }));
  const total = view === "table" ? (list?.total ?? 0) : (board?.length ?? 0);
  const filtered = ["q", "stage", "entryPoint", "theme", "territory", "programme", "officer"].some(
    (key) => (query as Record<string, unknown>)[key],
  );
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

      <details className="card" open={filtered}>
        <summary>
          <h2 id="filtres-titre" className="details-heading">
            {text.filters}
          </h2>
        </summary>
        <form method="get" className="stack" aria-labelledby="filtres-titre">
          {view === "table" ? <input type="hidden" name="view" value="table" /> : null}
          <Field name="q" label={text.q} defaultValue={query.q} />
          {view === "table" ? (
            <SelectField
              name="stage"
              label={text.columns.stage}
              options={option(initiativeStages, fr.initiatives.stages)}
              placeholder={text.all}
              defaultValue={query.stage}
            />
          ) : null}
          <SelectField
            name="entryPoint"
            label={text.columns.entryPoint}
            options={option(entryPoints, fr.initiatives.entryPoints)}
            placeholder={text.all}
            defaultValue={query.entryPoint}
          />
          <SelectField
            name="theme"
            label={text.theme}
            options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
            placeholder={text.all}
            defaultValue={query.theme}
          />
          <TerritoryCombobox
            mode="field"
            name="territory"
            label={text.territory}
            defaultValue={query.territory ?? ""}
            defaultQuery={territoryQuery}
            error={territoryError}
          />
          {options.programmes.length ? (
            <SelectField
              name="programme"
              label={text.programme}
              options={options.programmes.map((p) => ({ value: p.id, label: p.name }))}
              placeholder={text.all}
              defaultValue={query.programme}
            />
          ) : null}
          {options.officers.length ? (
            <SelectField
              name="officer"
              label={text.columns.officer}
              options={options.officers.map((o) => ({ value: o.id, label: o.name }))}
              placeholder={text.all}
              defaultValue={query.officer}
            />
          ) : null}
          <div className="actions">
            <button type="submit" className="button">
              {text.apply}
            </button>
            <a href={view === "table" ? "/projets?view=table" : "/projets"}>{text.reset}</a>
          </div>
        </form>
      </details>

      <section aria-labelledby="liste-titre" className="stack">
        <h2 id="liste-titre">{t(text.count, { count: total })}</h2>
        <nav aria-label={text.views} className="actions">
          {view === "kanban" ? (
            <>
              <strong aria-current="page">{text.kanban}</strong>
              <a href={`/projets${queryWith(url, { vue: "tableau", page: null })}`}>{text.table}</a>
            </>
          ) : (
            <>
              <a href={`/projets${queryWith(url, { vue: null, page: null, stage: null })}`}>{text.kanban}</a>
              <strong aria-current="page">{text.table}</strong>
            </>
          )}
          {total ? (
            <a href={`/projets/export${queryWith(url, { page: null, vue: null })}`}>{text.export}</a>
          ) : null}
        </nav>
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
