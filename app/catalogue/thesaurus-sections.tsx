import { useEffect, useRef } from "react";
import { Form } from "react-router";
import type { SynonymGroupRow } from "../../server/catalogue/synonyms";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, textValue } from "../ui/form";

/** The sections of the search thesaurus page (`routes/catalogue-thesaurus.tsx`), one component each. */

const text = fr.catalogue.thesaurus;
const pageAction = "/catalogue/thesaurus";

type Theme = { code: string; label: string };
type LabelOf = (code: string | null) => string;

/** What was just done; after a removal, the group removed and a button to restore it. */
export function ThesaurusDone({
  done,
  removedGroup,
  labelOf,
}: {
  done: "added" | "removed" | "restored" | null;
  removedGroup: Omit<SynonymGroupRow, "id"> | null;
  labelOf: LabelOf;
}) {
  if (!done) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{text[done]}</p>
      {done === "removed" && removedGroup ? (
        <>
          <p>{t(text.removedGroup, { terms: removedGroup.terms.join(" · ") })}</p>
          {removedGroup.themeCode ? (
            <p>{t(text.removedTheme, { theme: labelOf(removedGroup.themeCode) })}</p>
          ) : null}
          <Form method="post" action={pageAction} className="inline-form">
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
  );
}

/** The removal's question, asked before anything changes; it takes the focus when it appears. */
export function RemovalConfirmation({ toConfirm }: { toConfirm: SynonymGroupRow | null }) {
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the page is not reloaded: take the reader to the question.
  useEffect(() => {
    if (toConfirm) confirmHeading.current?.focus();
  }, [toConfirm]);
  if (!toConfirm) return null;
  return (
    <section aria-labelledby="confirmation-titre" className="card">
      <h2 id="confirmation-titre" ref={confirmHeading} tabIndex={-1}>
        {text.confirmTitle}
      </h2>
      <p>{t(text.confirmQuestion, { terms: toConfirm.terms.join(", ") })}</p>
      <p>{text.confirmHelp}</p>
      <div className="actions">
        <Form method="post" action={pageAction} className="inline-form">
          <CsrfInput />
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="id" value={toConfirm.id} />
          <input type="hidden" name="confirm" value="1" />
          <button type="submit" className="button button--danger">
            {text.confirm}
          </button>
        </Form>
        <a className="button button--secondary" href={pageAction}>
          {text.cancel}
        </a>
      </div>
    </section>
  );
}

/** The form that adds a group of synonyms, keeping what was typed when it fails. */
export function SynonymGroupForm({ themes, failure }: { themes: Theme[]; failure: FormFailure | undefined }) {
  const values = failure?.values ?? {};
  return (
    <section aria-labelledby="ajout-titre" className="card">
      <h2 id="ajout-titre">{text.addTitle}</h2>
      <ErrorSummary
        failure={failure}
        labels={{ terms: text.termsLabel, themeCode: text.themeLabel, note: text.noteLabel }}
      />
      <Form method="post" action={pageAction} noValidate className="stack">
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
  );
}

/** The thesaurus's groups, each with a button that asks to remove it. */
export function SynonymGroupTable({ groups, labelOf }: { groups: SynonymGroupRow[]; labelOf: LabelOf }) {
  return (
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
                  <Form method="post" action={pageAction} className="inline-form">
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
  );
}
