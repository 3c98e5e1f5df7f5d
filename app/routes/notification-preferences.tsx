import { redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from "../../server/notifications/notification-preferences";
import { notificationDeliveries, notificationKinds } from "../../shared/codes/notifications";
import { fr } from "../../shared/i18n/fr";
import { doneFlag } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/notification-preferences";

const text = fr.notifications.preferences;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return {
    preferences: await getNotificationPreferences(context.deps, actor.userId),
    saved: doneFlag(request, ["enregistre"] as const) !== null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await updateNotificationPreferences(context.deps, actor, form.input);
  if (!result.ok) return replyFailure(result, form);
  return redirect("/compte/notifications?done=enregistre");
}

/** Per kind, one choice among four: a plain form, no JavaScript needed. */
export default function NotificationPreferences() {
  const { preferences, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const chosen = (kind: (typeof notificationKinds)[number]) => {
    const typed = failure?.values[kind];
    return typeof typed === "string" ? typed : preferences[kind];
  };
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {saved ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={fr.notifications.kinds} />
      <form method="post" className="stack">
        <CsrfInput />
        <table>
          <thead>
            <tr>
              <th scope="col">{text.kind}</th>
              <th scope="col">{text.delivery}</th>
            </tr>
          </thead>
          <tbody>
            {notificationKinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">
                  <label htmlFor={`champ-${kind}`}>{fr.notifications.kinds[kind]}</label>
                </th>
                <td>
                  <select id={`champ-${kind}`} name={kind} defaultValue={chosen(kind)}>
                    {notificationDeliveries.map((delivery) => (
                      <option key={delivery} value={delivery}>
                        {fr.notifications.deliveries[delivery]}
                      </option>
                    ))}
                  </select>
                  {failure?.fields[kind] ? <p className="field__error">{failure.fields[kind]}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit" className="button">
            {text.save}
          </button>
        </p>
      </form>
    </div>
  );
}
