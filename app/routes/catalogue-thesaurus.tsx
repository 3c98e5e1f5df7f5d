import { useEffect, useRef } from "react";
import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  getSynonymGroup,
  listSynonymGroups,
  type SynonymGroupRow,
} from "../../server/catalogue/synonyms";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/catalogue-thesaurus";

const text = fr.catalogue.thesaurus;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** A group removed just before, as the redirect's address carries it (to show it and offer to restore it). */
function removedGroupOf(url: URL): Omit<SynonymGroupRow, "id"> | null {
  if (url.searchParams.get("done") !== "removed") return null;
  const terms = url.searchParams.getAll("term").filter((term) => term.trim() !== "");
  if (terms.length === 0) return null;
  return {
    terms,
    themeCode: url.searchParams.get("theme") || null,
    note: url.searchParams.get("note") ?? "",
  };
}

/** The network animator's page: the search thesaurus as data (others: 404). */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.thesaurus);
  const actor = requireActor(context, request);
  const groups = valueOr404(await listSynonymGroups(context.deps, actor));
  const themes = await listThemes(context.deps);
  return {
    groups,
    themes: themes.map(({ code, label }) => ({ code, label })),
    done: doneFlag(request, ["added", "removed", "restored"] as const),
    removedGroup: removedGroupOf(new URL(request.url)),
  };
}

/** What the removal's first step answers: the group to confirm, nothing changed yet. */
type RemovalToConfirm = { ok: true; confirm: SynonymGroupRow };

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const id = form.text("id");
  const reply = { forbidden: "explain" } as const;
  if (form.text("intent") === "remove" && form.text("confirm") !== "1") {
    // First step: ask before removing (works without JavaScript: a plain page with two choices).
    const group = await getSynonymGroup(context.deps, actor, id);
    if (!group.ok) return replyFailure(group, form, reply);
    return { ok: true, confirm: group.value } satisfies RemovalToConfirm;
  }
  if (form.text("intent") === "remove") {
    const removed = await deleteSynonymGroup(context.deps, actor, id);
    if (!removed.ok) return replyFailure(removed, form, reply);
    const query = new URLSearchParams([["done", "removed"]]);
    for (const term of removed.value.terms) query.append("term", term);
    if (removed.value.themeCode) query.set("theme", removed.value.themeCode);
    if (removed.value.note) query.set("note", removed.value.note);
    return redirect(`/catalogue/thesaurus?${query}`);
  }
  const created = await createSynonymGroup(context.deps, actor, {
    terms: form.values.terms ?? "",
    themeCode: form.text("themeCode"),
    note: form.text("note"),
  });
  if (!created.ok) return replyFailure(created, form, reply);
  return redirect(`/catalogue/thesaurus?done=${form.text("intent") === "restore" ? "restored" : "added"}`);
}

export default function CatalogueThesaurus() {
  const { groups, themes, done, removedGroup } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = answer && !answer.ok ? answer : undefined;
  const toConfirm = answer?.ok ? answer.confirm : null;
  const values = failure?.values ?? {};
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the page is not reloaded: take the reader to the question.
  useEffect(() => {
    if (toConfirm) confirmHeading.current?.focus();
  }, [toConfirm]);
  const labelOf = (code: string | null) =>
    code ? (themes.find((th) => th.code === code)?.label ?? code) : "—";
  return (
    <div className="stack">
      <p>
        <a href="/catalogue">{fr.catalogue.model.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {done ? (
        <div className="notice notice--success" role="status">
          <p>{text[done]}</p>
          {done === "removed" && removedGroup ? (
            <>
              <p>{t(text.removedGroup, { terms: removedGroup.terms.join(" · ") })}</p>
              {removedGroup.themeCode ? (
                <p>{t(text.removedTheme, { theme: labelOf(removedGroup.themeCode) })}</p>
              ) : null}
              <Form method="post" action="/catalogue/thesaurus" className="inline-form">
                <CsrfInput />
                <input type="hidden" name="intent" value="restore" />
                {removedGroup.terms.map((term) => (
                  <input type="hidden" name="terms" value={term} key={term} />
                ))}
                <input type="hidden" name="themeCode" value={removedGroup.themeCode ?? ""} />
                <input type="hidden" name="note" value={removedGroup.note} />
                <button
                  type="submit"
                  className="button button--secondary"
                  aria-label={t(text.restoreLabel, { terms: removedGroup.terms.slice(0, 3).join(", ") })}
                >
                  {text.restore}
                </button>
              </Form>
            </>
          ) : null}
        </div>
      ) : null}

      {toConfirm ? (
        <section aria-labelledby="confirmation-titre" className="card">
          <h2 id="confirmation-titre" ref={confirmHeading} tabIndex={-1}>
            {text.confirmTitle}
          </h2>
          <p>{t(text.confirmQuestion, { terms: toConfirm.terms.join(", ") })}</p>
          <p>{text.confirmHelp}</p>
          <div className="actions">
            <Form method="post" action="/catalogue/thesaurus" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="id" value={toConfirm.id} />
              <input type="hidden" name="confirm" value="1" />
              <button type="submit" className="button button--danger">
                {text.confirm}
              </button>
            </Form>
            <a className="button button--secondary" href="/catalogue/thesaurus">
              {text.cancel}
            </a>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="ajout-titre" className="card">
        <h2 id="ajout-titre">{text.addTitle}</h2>
        <ErrorSummary
          failure={failure}
          labels={{ terms: text.termsLabel, themeCode: text.themeLabel, note: text.noteLabel }}
        />
        <Form method="post" action="/catalogue/thesaurus" noValidate className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="add" />
          <Field
            name="terms"
            label={text.termsLabel}
            help={text.termsHelp}
            required
            multiline
            defaultValue={textValue(values.terms)}
            error={failure?.fields.terms}
          />
          <SelectField
            name="themeCode"
            label={text.themeLabel}
            options={themes.map((th) => ({ value: th.code, label: th.label }))}
            placeholder={text.noTheme}
            defaultValue={textValue(values.themeCode)}
            error={failure?.fields.themeCode}
          />
          <Field name="note" label={text.noteLabel} defaultValue={textValue(values.note)} />
          <button type="submit" className="button">
            {text.add}
          </button>
        </Form>
      </section>

      <section aria-labelledby="groupes-titre">
        <h2 id="groupes-titre">{text.groupsTitle}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{text.columns.terms}</th>
                <th scope="col">{text.columns.theme}</th>
                <th scope="col">{text.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id}>
                  <td>
                    {group.terms.join(" · ")}
                    {group.note ? <p className="card__meta">{group.note}</p> : null}
                  </td>
                  <td>{labelOf(group.themeCode)}</td>
                  <td>
                    <Form method="post" action="/catalogue/thesaurus" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="id" value={group.id} />
                      <button
                        type="submit"
                        className="button button--secondary"
                        aria-label={t(text.removeLabel, { terms: group.terms.slice(0, 3).join(", ") })}
                      >
                        {text.remove}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
