import { Form } from "react-router";
import type { SavedViewList } from "../../server/saved-views/saved-view-schemas";
import type { SavedViewItem } from "../../server/saved-views/saved-views";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import { Field } from "../ui/form";

const text = fr.savedViews;

/** The anchor a list page's saved views sit under; saving or deleting brings the user back here. */
export const SAVED_VIEWS_ANCHOR = "vues-enregistrees";

/**
 * One saved view's delete form: a POST to `/vues` that needs its box ticked (the confirmation works
 * without JavaScript); folded in a `<details>` so the list stays a list of links.
 */
export function DeleteSavedView({
  view,
  query,
  from,
}: {
  view: SavedViewItem;
  query?: string;
  from?: "vues";
}) {
  const box = `vue-${view.id}-confirm`;
  return (
    <details>
      <summary>
        {text.delete}
        <span className="visually-hidden"> {view.name}</span>
      </summary>
      <Form
        method="post"
        action="/vues"
        className="stack"
        aria-label={t(text.deleteTitle, { name: view.name })}
      >
        <CsrfInput />
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="id" value={view.id} />
        {query !== undefined ? <input type="hidden" name="query" value={query} /> : null}
        {from ? <input type="hidden" name="from" value={from} /> : null}
        <div className="choice">
          <input type="checkbox" id={box} name="confirm" value="oui" required />
          <label htmlFor={box}>{text.confirm}</label>
        </div>
        <button type="submit" className="button button--danger">
          {text.confirmDelete}
        </button>
      </Form>
    </details>
  );
}

/**
 * Saved views above a list's filters: the user's views as links, and a form that saves the
 * current filters under a name (a POST to `/vues`, which sends the user back here).
 */
export function SavedViews({
  list,
  views,
  search,
}: {
  list: SavedViewList;
  views: SavedViewItem[];
  /** The list page's current query string (`?kind=need…`); the page number is dropped on save. */
  search: string;
}) {
  const query = search.startsWith("?") ? search.slice(1) : search;
  return (
    <section id={SAVED_VIEWS_ANCHOR} aria-labelledby="vues-titre" className="stack" tabIndex={-1}>
      <h2 id="vues-titre">{text.heading}</h2>
      {views.length ? (
        <ul className="saved-views">
          {views.map((view) => (
            <li key={view.id}>
              <a href={view.href}>{view.name}</a>
              <DeleteSavedView view={view} query={query} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{text.none}</p>
      )}
      <details>
        <summary>{text.saveTitle}</summary>
        <Form method="post" action="/vues" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="list" value={list} />
          <input type="hidden" name="query" value={query} />
          <Field name="savedViewName" label={text.name} help={text.saveHelp} required />
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {text.save}
            </button>
            <a href="/vues">{text.manage}</a>
          </div>
        </Form>
      </details>
    </section>
  );
}
