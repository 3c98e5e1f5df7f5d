import type { ListInitiativesQuery } from "../../server/initiatives/initiative-schemas";
import type { InitiativeListItem } from "../../server/initiatives/list-initiatives";
import { entryPoints, initiativeStages } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { queryWith } from "../signals/list-query";
import { Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { DemoStoryBadge } from "./demo-story";

/** The pieces of the initiatives list (`routes/initiatives.tsx`): filters, views, table and board. */

const text = fr.initiatives.list;
const DAY = 86_400_000;

const daysSince = (date: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY));

/** The initiatives as a table, with the days spent at their stage. */
export function InitiativeTable({
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

/**
 * The initiatives as a board, one column per stage. The columns wrap onto as many rows as the
 * screen needs (none is hidden off-screen), and a summary above counts each stage and links to it.
 */
export function Board({ items, now }: { items: InitiativeListItem[]; now: Date }) {
  return (
    <>
      <nav aria-label={text.boardSummary}>
        <ul className="kanban__summary">
          {initiativeStages.map((stage) => (
            <li key={stage}>
              <a href={`#colonne-${stage}`}>
                {t(text.boardSummaryItem, {
                  stage: fr.initiatives.stages[stage],
                  count: items.filter((item) => item.stage === stage).length,
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <BoardColumns items={items} now={now} />
    </>
  );
}

function BoardColumns({ items, now }: { items: InitiativeListItem[]; now: Date }) {
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

/**
 * The addresses of the list's other views, with the same filters: the board (no stage, every
 * page), the table, and the export of what is listed.
 */
export function viewHrefs(url: URL) {
  return {
    board: `/projets${queryWith(url, { view: null, page: null, stage: null })}`,
    table: `/projets${queryWith(url, { view: "table", page: null })}`,
    export: `/projets/export${queryWith(url, { page: null, view: null })}`,
  };
}

/** The board or the table, the one shown not a link, and the export when something is listed. */
export function ViewSwitch({ view, url, total }: { view: "kanban" | "table"; url: URL; total: number }) {
  const hrefs = viewHrefs(url);
  return (
    <nav aria-label={text.views} className="actions">
      {view === "kanban" ? (
        <>
          <strong aria-current="page">{text.kanban}</strong>
          <a href={hrefs.table}>{text.table}</a>
        </>
      ) : (
        <>
          <a href={hrefs.board}>{text.kanban}</a>
          <strong aria-current="page">{text.table}</strong>
        </>
      )}
      {total ? <a href={hrefs.export}>{text.export}</a> : null}
    </nav>
  );
}

const option = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

type FilterOptions = { programmes: { id: string; name: string }[]; officers: { id: string; name: string }[] };

/** The filters only a Fabrique's team has: its programmes and its officers. */
function TeamFilters({ options, query }: { options: FilterOptions; query: ListInitiativesQuery }) {
  return (
    <>
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
    </>
  );
}

/** The list's filters, a GET form (the stage only in the table: the board shows every stage). */
export function InitiativeFilters({
  view,
  query,
  themes,
  options,
  territoryQuery,
  territoryError,
}: {
  view: "kanban" | "table";
  query: ListInitiativesQuery;
  themes: readonly { code: string; label: string }[];
  options: FilterOptions;
  territoryQuery: string;
  territoryError: string | undefined;
}) {
  const filtered = ["q", "stage", "entryPoint", "theme", "territory", "programme", "officer"].some(
    (key) => (query as Record<string, unknown>)[key],
  );
  return (
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
        <TeamFilters options={options} query={query} />
        <div className="actions">
          <button type="submit" className="button">
            {text.apply}
          </button>
          <a href={view === "table" ? "/projets?view=table" : "/projets"}>{text.reset}</a>
        </div>
      </form>
    </details>
  );
}
