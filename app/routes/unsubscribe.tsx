import { data, useActionData, useLoaderData } from "react-router";
import { readUnsubscribeLink, unsubscribe } from "../../server/notifications/unsubscribe";
import type { UnsubscribeScope } from "../../server/notifications/unsubscribe-token";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import type { Route } from "./+types/unsubscribe";

const text = fr.notifications.unsubscribe;

/** What the link stops, in words: one kind, or a digest. */
const scopeLabel = (scope: UnsubscribeScope) =>
  scope === "digest-daily"
    ? text.digestDaily
    : scope === "digest-weekly"
      ? text.digestWeekly
      : fr.notifications.kinds[scope];

export const meta = () => [
  { title: `${text.title} — ${fr.common.appName}` },
  { name: "robots", content: "noindex, nofollow" },
];

/**
 * The unsubscribe link of a notification mail, opened in a browser: it asks before it acts (a
 * mail scanner following links must not unsubscribe anyone), then the kind goes to "never".
 * Mail clients use the one-click address of the List-Unsubscribe header instead.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const link = await readUnsubscribeLink(context.deps, params.token);
  if (!link) return data({ kind: null }, { status: 404 });
  return { kind: scopeLabel(link.kind) };
}

export async function action({ context, params }: Route.ActionArgs) {
  const kind = await unsubscribe(context.deps, params.token);
  if (!kind) return data({ done: null }, { status: 404 });
  return { done: t(text.done, { kind: scopeLabel(kind) }) };
}

export default function Unsubscribe() {
  const { kind } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {result?.done ? (
        <p className="notice notice--success" role="status">
          {result.done}
        </p>
      ) : kind ? (
        <form method="post" className="stack">
          <CsrfInput />
          <p>{t(text.confirm, { kind })}</p>
          <p>
            <button type="submit" className="button">
              {text.button}
            </button>
          </p>
        </form>
      ) : (
        <p>{text.invalid}</p>
      )}
    </div>
  );
}
