import { data, Form, redirect, useActionData, useLoaderData } from "react-router";
import { getPasswordReset } from "../../server/accounts/get-password-reset";
import { resetPassword } from "../../server/accounts/reset-password";
import { sessionCookie } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { accountReply, userAgentOf } from "../accounts/account-reply";
import { NewPasswordFields } from "../accounts/new-password-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/password-reset";

const text = fr.accounts.passwordReset;
const labels = {
  password: fr.accounts.fields.newPassword,
  passwordConfirmation: fr.accounts.fields.passwordConfirmation,
};

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const reset = await getPasswordReset(context.deps, params.token);
  // 410: the link existed (or never did) and is gone; the page still explains what to do.
  if (!reset.ok) return data({ valid: false as const, email: null }, { status: 410 });
  return { valid: true as const, email: reset.value.email };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const { deps } = context;
  const result = await resetPassword(deps, params.token, form.input, { userAgent: userAgentOf(request) });
  if (!result.ok) {
    if (result.error === "TOKEN_INVALID")
      return redirect(`/mot-de-passe/${encodeURIComponent(params.token)}`);
    return replyFailure(result, form, accountReply(context, []));
  }
  return redirect("/tableau-de-bord", {
    headers: {
      "Set-Cookie": sessionCookie(deps.config, result.value.token, result.value.expiresAt, deps.clock.now()),
    },
  });
}

export default function PasswordReset() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  if (!loaded.valid) {
    return (
      <div className="stack">
        <h1>{text.invalidTitle}</h1>
        <p>{text.invalidBody}</p>
        <p>
          <a className="button" href="/mot-de-passe-oublie">
            {text.askAgain}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p>{t(text.intro, { email: loaded.email })}</p>
      <p>{text.consequence}</p>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={loaded.email} />
        <NewPasswordFields label={labels.password} errors={failure?.fields} />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
