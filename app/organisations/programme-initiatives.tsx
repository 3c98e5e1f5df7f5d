import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary, type FormFailure } from "../ui/form";

const text = fr.organisations.programmes;

type InitiativeRef = { id: string; reference: string; title: string };

/**
 * The initiatives a programme covers (`routes/programme.tsx`): each may be detached, and the
 * team's other initiatives may be attached.
 */
export function ProgrammeInitiatives({
  initiatives,
  attachable,
  canEdit,
  failure,
  formKey,
}: {
  initiatives: readonly InitiativeRef[];
  attachable: readonly InitiativeRef[];
  canEdit: boolean;
  failure: FormFailure | undefined;
  /** Changes after each successful post, so the chooser starts empty again. */
  formKey: string;
}) {
  return (
    <section aria-labelledby="projets-titre" className="stack">
      <h2 id="projets-titre">{text.initiatives}</h2>
      <ErrorSummary
        failure={failure}
        labels={{ initiativeId: text.attachLabel, programmeId: text.attachLabel }}
      />
      {initiatives.length === 0 ? (
        <EmptyState title={text.initiativesEmpty} />
      ) : (
        <ul className="stack">
          {initiatives.map((item) => (
            <li key={item.id} className="actions">
              <a href={`/projets/${item.id}`}>
                {item.reference} — {item.title}
              </a>
              {canEdit ? (
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="detach" />
                  <input type="hidden" name="initiativeId" value={item.id} />
                  <button type="submit" className="button button--secondary">
                    {text.detach} <span className="visually-hidden">{item.title}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit && attachable.length ? (
        <Form key={formKey} method="post" className="card stack" aria-labelledby="rattacher-titre">
          <h3 id="rattacher-titre">{text.attach}</h3>
          <CsrfInput />
          <input type="hidden" name="intent" value="attach" />
          <SelectField
            name="initiativeId"
            label={text.attachLabel}
            required
            placeholder="—"
            options={attachable.map((item) => ({
              value: item.id,
              label: `${item.reference} — ${item.title}`,
            }))}
            error={failure?.fields.initiativeId ?? failure?.fields.programmeId}
          />
          <button type="submit" className="button">
            {text.attachButton}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
