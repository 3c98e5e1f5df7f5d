import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";
import type { FormFailure } from "../ui/form";

const text = fr.notifications.publicAnswer;

/**
 * The team's side of the submitter's follow-up: the private link to hand over (printable, for a
 * person without an e-mail address) and the public answer shown on the follow-up page.
 */
export function SubmitterFollowUpSection({
  followUp,
  failure,
}: {
  followUp: { url: string | null; publicAnswer: string };
  failure: Pick<FormFailure, "fields" | "values"> | undefined;
}) {
  const typed = failure?.values.publicAnswer;
  const error = failure?.fields.publicAnswer;
  return (
    <section aria-labelledby="suivi-titre" className="stack">
      <h2 id="suivi-titre">{fr.notifications.followUp.title}</h2>
      {followUp.url ? (
        <p>
          {fr.notifications.followUp.teamLink} <a href={followUp.url}>{followUp.url}</a>
        </p>
      ) : null}
      <form method="post" className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="public-answer" />
        <label htmlFor="champ-publicAnswer">{text.label}</label>
        <p id="aide-publicAnswer" className="field__help">
          {text.help}
        </p>
        <textarea
          id="champ-publicAnswer"
          name="publicAnswer"
          rows={4}
          maxLength={2000}
          aria-describedby={error ? "aide-publicAnswer erreur-publicAnswer" : "aide-publicAnswer"}
          aria-invalid={error ? true : undefined}
          defaultValue={typeof typed === "string" ? typed : followUp.publicAnswer}
        />
        {error ? (
          <p id="erreur-publicAnswer" className="field__error">
            {error}
          </p>
        ) : null}
        <p>
          <button type="submit" className="button button--secondary">
            {text.save}
          </button>
        </p>
      </form>
    </section>
  );
}
