import { Form } from "react-router";
import type { SignalDetails } from "../../server/signals/get-signal";
import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";

const text = fr.signals.assignee;

/**
 * Who the signal is entrusted to, and for its team a plain form to give it to one of them (or to
 * nobody): no JavaScript needed. The person chosen is told (issue 17).
 */
export function SignalAssigneeSection({
  signal,
  error,
}: {
  signal: Pick<SignalDetails, "assigneeUserId" | "assigneeName" | "assignees" | "canChange">;
  error: string | null;
}) {
  return (
    <section aria-labelledby="confiee-titre" className="stack">
      <h2 id="confiee-titre">{text.title}</h2>
      {signal.canChange ? (
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="assign" />
          <div className="field">
            <label htmlFor="champ-assigneeUserId">{text.label}</label>
            <p className="field__help" id="aide-assigneeUserId">
              {text.help}
            </p>
            {error ? (
              <p className="field__error" id="erreur-assigneeUserId" role="alert">
                {error}
              </p>
            ) : null}
            <select
              id="champ-assigneeUserId"
              name="assigneeUserId"
              defaultValue={signal.assigneeUserId ?? ""}
              aria-describedby={error ? "aide-assigneeUserId erreur-assigneeUserId" : "aide-assigneeUserId"}
              aria-invalid={error ? true : undefined}
            >
              <option value="">{text.nobody}</option>
              {signal.assignees.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
          <p>
            <button type="submit" className="button button--secondary">
              {text.save}
            </button>
          </p>
        </Form>
      ) : (
        <p>
          {text.label} : {signal.assigneeName ?? text.nobody}
        </p>
      )}
    </section>
  );
}
