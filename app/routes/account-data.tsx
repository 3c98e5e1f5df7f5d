import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { requestErasure } from "../../server/privacy/request-erasure";
import { fr } from "../../shared/i18n/fr";
import { accountReply } from "../accounts/account-reply";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/account-data";

const text = fr.privacy.page;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export function loader({ context, request }: Route.LoaderArgs) {
  requireActor(context, request);
  return { requested: new URL(request.url).searchParams.get("done") === "demande" };
}

/** The person asks for the erasure of their data: a box to tick, an optional reason. */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await requestErasure(context.deps, actor, {
    confirmed: form.text("confirm") === "on",
    reason: form.text("reason"),
  });
  if (!result.ok) return replyFailure(result, form, accountReply(context, ["reason"]));
  return redirect("/compte/mes-donnees?done=demande");
}

export default function AccountData() {
  const { requested } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const error = failure?.fields.confirm;
  return (
    <div className="stack prose">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <ul>
        <li>
          <a href="/compte/mes-donnees/json" download>
            {text.json}
          </a>
        </li>
        <li>
          <a href="/compte/mes-donnees/html" download>
            {text.html}
          </a>
        </li>
      </ul>
      <section aria-labelledby="effacement" className="stack">
        <h2 id="effacement">{text.eraseTitle}</h2>
        <p>{text.eraseIntro}</p>
        {requested ? (
          <div className="notice notice--success" role="status">
            <p>{text.requested}</p>
          </div>
        ) : null}
        <ErrorSummary failure={failure} labels={{ confirm: text.confirm, reason: text.reason }} />
        <Form method="post" className="stack">
          <CsrfInput />
          <div className="field">
            <label htmlFor="reason">{text.reason}</label>
            <textarea
              id="reason"
              name="reason"
              rows={3}
              defaultValue={failure?.values.reason as string | undefined}
            />
          </div>
          {error ? (
            <p className="field__error" id="confirm-erreur">
              {error}
            </p>
          ) : null}
          <div className="choice">
            <input
              type="checkbox"
              id="confirm"
              name="confirm"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "confirm-erreur" : undefined}
            />
            <label htmlFor="confirm">{text.confirm}</label>
          </div>
          <button type="submit" className="button button--danger">
            {text.submit}
          </button>
        </Form>
      </section>
    </div>
  );
}
