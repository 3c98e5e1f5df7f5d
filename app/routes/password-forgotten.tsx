import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requestPasswordReset } from "../../server/accounts/request-password-reset";
import { fr } from "../../shared/i18n/fr";
import { accountReply } from "../accounts/account-reply";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/password-forgotten";

const text = fr.accounts.passwordForgotten;
const labels = { email: fr.accounts.fields.email };

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.passwordForgotten);
  return { sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const result = await requestPasswordReset(
    context.deps,
    { email: form.text("email") },
    { clientAddress: context.ip },
  );
  if (!result.ok) return replyFailure(result, form, accountReply(context, ["email"]));
  // The same confirmation whether or not the account exists.
  return redirect("/mot-de-passe-oublie?sent=1");
}

export default function PasswordForgotten() {
  const { sent } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{text.sent}</p>
        </div>
      ) : (
        <>
          <p>{text.intro}</p>
          <ErrorSummary failure={failure} labels={labels} />
          <Form method="post" noValidate>
            <CsrfInput />
            <Field
              name="email"
              label={labels.email}
              type="email"
              autoComplete="email"
              required
              defaultValue={textValue(failure?.values.email)}
              error={failure?.fields.email}
            />
            <button type="submit" className="button">
              {text.submit}
            </button>
          </Form>
        </>
      )}
      <p>
        <a href="/connexion">{text.backToSignIn}</a>
      </p>
    </div>
  );
}
