import { Form } from "react-router";
import type { InitiativePartnerItem } from "../../server/organisations/initiative-partners";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import type { FormFailure } from "../ui/form";

/** The partners of an initiative (`routes/initiative-partners.tsx`): their list and their removal. */

const text = fr.organisations.partners;

/** The second step of removing a partner: what is removed, then confirmed or cancelled. */
export function PartnerRemovalConfirmation({
  partner,
  here,
}: {
  partner: InitiativePartnerItem;
  here: string;
}) {
  return (
    <section className="notice notice--warning" aria-labelledby="confirmation-titre" id="confirmation">
      <h3 id="confirmation-titre">
        {t(text.removeTitle, { name: partner.displayName, role: partner.roleLabel.toLowerCase() })}
      </h3>
      <p>{text.removeBody}</p>
      <Form method="post" className="actions" action={here}>
        <CsrfInput />
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="partnerId" value={partner.id} />
        <button type="submit" className="button button--danger">
          {text.removeButton}
        </button>
        <a className="button button--secondary" href={here}>
          {fr.common.cancel}
        </a>
      </Form>
    </section>
  );
}

/** The team's note on a partner, saved on its own. */
function PartnerNoteForm({ partner, error }: { partner: InitiativePartnerItem; error: string | undefined }) {
  const noteId = `note-${partner.id}`;
  return (
    <Form method="post" className="stack">
      <CsrfInput />
      <input type="hidden" name="intent" value="note" />
      <input type="hidden" name="partnerId" value={partner.id} />
      <label htmlFor={noteId} className="visually-hidden">
        {t(text.noteLabel, { name: partner.displayName })}
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        defaultValue={partner.note}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${noteId}-erreur` : undefined}
      />
      {error ? (
        <p className="field__error" id={`${noteId}-erreur`}>
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--secondary">
        {text.saveNote}
      </button>
    </Form>
  );
}

/** The partners, their role, the team's note; the team edits the notes and removes partners. */
export function PartnerTable({
  partners,
  canEdit,
  showNotes,
  here,
  formKey,
  rowFailure,
}: {
  partners: readonly InitiativePartnerItem[];
  canEdit: boolean;
  showNotes: boolean;
  here: string;
  /** Changes after each successful post, so the note forms start from what is stored again. */
  formKey: string;
  rowFailure: FormFailure | undefined;
}) {
  if (partners.length === 0)
    return <EmptyState title={text.empty}>{canEdit ? text.emptyHelp : null}</EmptyState>;
  const columns = text.columns;
  const noteError = (partner: InitiativePartnerItem) =>
    rowFailure?.values.intent === "note" && rowFailure.values.partnerId === partner.id
      ? rowFailure.fields.note
      : undefined;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{text.title}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.who}</th>
            <th scope="col">{columns.role}</th>
            {showNotes ? <th scope="col">{columns.note}</th> : null}
            {canEdit ? <th scope="col">{columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id}>
              <td>
                {partner.organisationId && canEdit ? (
                  <a href={`/acteurs/${partner.organisationId}`}>{partner.displayName}</a>
                ) : (
                  partner.displayName
                )}
              </td>
              <td>{partner.roleLabel}</td>
              {showNotes ? (
                <td>
                  {canEdit ? (
                    <PartnerNoteForm key={formKey} partner={partner} error={noteError(partner)} />
                  ) : (
                    partner.note
                  )}
                </td>
              ) : null}
              {canEdit ? (
                <td>
                  <a href={`${here}?remove=${partner.id}#confirmation`}>
                    {text.remove} <span className="visually-hidden">{partner.displayName}</span>
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
