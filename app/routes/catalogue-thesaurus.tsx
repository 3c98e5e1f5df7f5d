import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { listThemes } from "../../server/catalogue/list-themes";
import { formToObject } from "../../server/core/validation";
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups } from "../../server/search/synonyms";
import { type CatalogueFormFailure, catalogueFormFailure, textValue } from "../catalogue/form-failure";
import { fr } from "../i18n/fr";
import { t } from "../i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import type { Route } from "./+types/catalogue-thesaurus";

const text = fr.catalogue.thesaurus;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** The network animator's page: the search thesaurus as data (others: 404). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const groups = valueOr404(await listSynonymGroups(context.deps, actor));
  const themes = await listThemes(context.deps);
  return {
    groups,
    themes: themes.map(({ code, label }) => ({ code, label })),
    done: doneFlag(request, ["added", "removed"] as const),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const values = formToObject(await request.formData());
  if (values.intent === "remove") {
    const removed = await deleteSynonymGroup(context.deps, actor, String(values.id ?? ""));
    if (!removed.ok) return catalogueFormFailure(removed, values);
    return redirect("/catalogue/thesaurus?fait=removed");
  }
  const created = await createSynonymGroup(context.deps, actor, {
    terms: typeof values.terms === "string" ? values.terms : "",
    themeCode: typeof values.themeCode === "string" ? values.themeCode : "",
    note: typeof values.note === "string" ? values.note : "",
  });
  if (!created.ok) return catalogueFormFailure(created, values);
  return redirect("/catalogue/thesaurus?fait=added");
}

export default function CatalogueThesaurus() {
  const { groups, themes, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as CatalogueFormFailure | undefined;
  const values = failure?.values ?? {};
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
        </div>
      ) : null}

      <section aria-labelledby="ajout-titre" className="card">
        <h2 id="ajout-titre">{text.addTitle}</h2>
        <ErrorSummary
          failure={failure ? { ...failure, values: {} } : null}
          labels={{ terms: text.termsLabel, themeCode: text.themeLabel, note: text.noteLabel }}
        />
        <Form method="post" noValidate className="stack">
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
                    <Form method="post" className="inline-form">
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
