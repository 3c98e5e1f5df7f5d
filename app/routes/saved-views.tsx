import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { fail } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import {
  filtersOf,
  type SavedViewList,
  savedViewLists,
  savedViewPaths,
} from "../../server/saved-views/saved-view-schemas";
import { createSavedView, deleteSavedView, listSavedViews } from "../../server/saved-views/saved-views";
import { fr } from "../../shared/i18n/fr";
import { doneFlag, notFound } from "../network/page-results";
import { DeleteSavedView, SAVED_VIEWS_ANCHOR } from "../saved-views/saved-views";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/saved-views";

const text = fr.savedViews;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return {
    views: await listSavedViews(context.deps, actor),
    done: doneFlag(request, ["supprimee"] as const),
  };
}

const back = (list: SavedViewList, query: string) => {
  const filters = filtersOf(query);
  return `${savedViewPaths[list]}${filters ? `?${filters}` : ""}#${SAVED_VIEWS_ANCHOR}`;
};

/**
 * Saves or deletes one of the user's views, then sends them back to the list they came from. A
 * failure (name too short, box not ticked) is shown here, with what was typed.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") === "delete") {
    if (form.text("confirm") !== "oui") {
      const refused = fail("INVALID_INPUT", { message: text.validation.confirm });
      return replyFailure(refused, form, { extra: { intent: "delete" as const } });
    }
    const result = await deleteSavedView(context.deps, actor, form.text("id"));
    if (!result.ok) notFound();
    if (form.text("from") === "vues") return redirect("/vues?done=supprimee");
    return redirect(back(result.value.list, form.text("query")));
  }
  const list = savedViewLists.find((l) => l === form.text("list"));
  if (!list) notFound();
  const result = await createSavedView(context.deps, actor, {
    list,
    name: form.text("savedViewName"),
    query: form.text("query"),
  });
  // The form's field is `savedViewName` (a list's filters may already use `name`).
  if (!result.ok)
    return replyFailure(result, form, {
      rename: { name: "savedViewName" },
      extra: { intent: "save" as const },
    });
  return redirect(back(list, result.value.query));
}

export default function SavedViewsPage() {
  const { views, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const savedList = savedViewLists.find((l) => l === textValue(failure?.values.list));
  return (
    <div className="stack">
      <h1>{failure?.intent === "save" ? text.failedTitle : text.title}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {text.deleted}
        </p>
      ) : null}
      {failure?.intent === "delete" ? (
        <p className="error-summary" role="alert">
          {failure.message}
        </p>
      ) : null}
      {failure?.intent === "save" && savedList ? (
        <>
          <ErrorSummary failure={failure} labels={{ savedViewName: text.name }} />
          <Form method="post" className="card stack" aria-labelledby="vue-titre">
            <h2 id="vue-titre">{text.saveTitle}</h2>
            <CsrfInput />
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="list" value={savedList} />
            <input type="hidden" name="query" value={textValue(failure.values.query) ?? ""} />
            <Field
              name="savedViewName"
              label={text.name}
              help={text.saveHelp}
              required
              defaultValue={textValue(failure.values.savedViewName)}
              error={failure.fields.savedViewName}
            />
            <div className="actions">
              <button type="submit" className="button">
                {text.save}
              </button>
              <a href={back(savedList, textValue(failure.values.query) ?? "")}>{text.backTo}</a>
            </div>
          </Form>
        </>
      ) : (
        <p className="lead">{text.intro}</p>
      )}
      {savedViewLists.map((list) => {
        const mine = views.filter((view) => view.list === list);
        return (
          <section key={list} aria-labelledby={`vues-${list}`} className="stack">
            <h2 id={`vues-${list}`}>
              <a href={savedViewPaths[list]}>{text.lists[list]}</a>
            </h2>
            {mine.length ? (
              <ul className="saved-views">
                {mine.map((view) => (
                  <li key={view.id}>
                    <a href={view.href}>{view.name}</a>
                    <DeleteSavedView view={view} from="vues" />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{text.none}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
