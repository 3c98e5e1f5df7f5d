import { Form } from "react-router";
import type { SignalDetails } from "../../server/signals/get-signal";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";

const text = fr.signals.spamMark;

function VerdictButton({ verdict, label }: { verdict: "confirm" | "clear"; label: string }) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value="spam" />
      <input type="hidden" name="verdict" value={verdict} />
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </Form>
  );
}

/**
 * The spam mark of a signal for its team (decision record 0037): why it was suspected and the
 * two verdicts; once confirmed or cleared, who said so and when, and the way back. A public
 * signal never suspected can still be marked by hand.
 */
export function SpamReview({
  signal,
  error,
}: {
  signal: Pick<
    SignalDetails,
    "spam" | "spamReasons" | "spamReviewedByName" | "spamReviewedAt" | "channel" | "assisted"
  >;
  error: string | null;
}) {
  const reviewed = {
    by: signal.spamReviewedByName ? t(text.by, { name: signal.spamReviewedByName }) : "",
    at: signal.spamReviewedAt ? t(text.at, { date: formatDate(signal.spamReviewedAt) }) : "",
  };
  const reasons = signal.spamReasons.map((reason) => text.reasons[reason]).join(" ; ");
  const alert = error ? (
    <p className="field__error" role="alert">
      {error}
    </p>
  ) : null;
  if (signal.spam === null) {
    if (signal.channel !== "public_form") return null;
    return (
      <div className="actions">
        {alert}
        <VerdictButton verdict="confirm" label={text.mark} />
      </div>
    );
  }
  if (signal.spam === "cleared") return <p className="muted">{t(text.clearedBody, reviewed)}</p>;
  return (
    <section aria-labelledby="indesirable-titre" className="notice stack">
      <h2 id="indesirable-titre">
        {signal.spam === "suspected" ? text.suspectedTitle : text.confirmedTitle}
      </h2>
      <p>
        {signal.spam === "suspected" ? t(text.suspectedBody, { reasons }) : t(text.confirmedBody, reviewed)}
      </p>
      {alert}
      <div className="actions">
        <VerdictButton verdict="clear" label={text.clear} />
        {signal.spam === "suspected" ? <VerdictButton verdict="confirm" label={text.confirm} /> : null}
      </div>
    </section>
  );
}
