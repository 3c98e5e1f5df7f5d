import { data, redirect, useLoaderData } from "react-router";
import { getSignalFollowUp, updateSubmitterFollows } from "../../server/signals/get-signal-follow-up";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { doneFlag } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { readForm } from "../ui/page-form";
import type { Route } from "./+types/signal-follow-up";

const text = fr.notifications.followUp;

/** A private page: never indexed, never sent as a referrer to the links it holds. */
export const meta = () => [
  { title: `${text.title} — ${fr.common.appName}` },
  { name: "robots", content: "noindex, nofollow" },
  { name: "referrer", content: "same-origin" },
];

/**
 * The submitter's follow-up (decision record 0117), without an account: the link given in the
 * acknowledgement mail or printed on the receipt answers with what became of the signal; any
 * other link, or one past the retention of their data, answers 404 with the same page.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const found = await getSignalFollowUp(context.deps, params.token);
  if (!found) return data({ followUp: null, notice: null }, { status: 404 });
  const done = doneFlag(request, ["suivi", "sans-suivi"] as const);
  return {
    followUp: {
      reference: found.reference,
      title: found.title,
      received: t(text.receivedOn, { date: formatDate(found.receivedAt), fabrique: found.fabriqueName }),
      status: text.statuses[found.status],
      since: formatDate(found.statusChangedAt),
      publicAnswer: found.publicAnswer,
      hasEmail: found.hasEmail,
      follows: found.submitterFollows,
    },
    notice: done === "suivi" ? text.notifyOn : done === "sans-suivi" ? text.notifyOff : null,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const follows = form.text("follows") === "oui";
  const changed = await updateSubmitterFollows(context.deps, params.token, follows);
  if (!changed) throw data(null, { status: 404 });
  return redirect(`/suivi/${params.token}?done=${follows ? "suivi" : "sans-suivi"}`);
}

export default function SignalFollowUp() {
  const { followUp, notice } = useLoaderData<typeof loader>();
  if (!followUp) {
    return (
      <div className="stack">
        <h1>{text.missingTitle}</h1>
        <p>{text.missing}</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      <p className="lead">« {followUp.title} »</p>
      <p>{t(text.reference, { reference: followUp.reference })}</p>
      <p>{followUp.received}</p>
      <h2>{text.statusTitle}</h2>
      <p>
        <strong>{followUp.status}</strong> ({followUp.since})
      </p>
      <h2>{text.answerTitle}</h2>
      <p className="pre-line">{followUp.publicAnswer || text.noAnswer}</p>
      {followUp.hasEmail ? (
        <form method="post" className="stack">
          <CsrfInput />
          <div className="checkbox">
            <input
              type="checkbox"
              id="champ-follows"
              name="follows"
              value="oui"
              defaultChecked={followUp.follows}
              aria-describedby="aide-follows"
            />
            <label htmlFor="champ-follows">{text.notifyLabel}</label>
          </div>
          <p id="aide-follows" className="field__help">
            {text.notifyHelp}
          </p>
          <p>
            <button type="submit" className="button">
              {text.notifySave}
            </button>
          </p>
        </form>
      ) : (
        <p>{text.notifyNoEmail}</p>
      )}
    </div>
  );
}
