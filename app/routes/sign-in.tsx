import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { signIn } from "../../server/accounts/sign-in";
import { safeRedirectPath } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { accountReply, userAgentOf } from "../accounts/account-reply";
import { deviceTokenOf, SECOND_FACTOR_PAGE, signedInHeaders } from "../accounts/signed-in-headers";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/sign-in";

const text = fr.accounts.signIn;
const labels = { email: fr.accounts.fields.email, password: fr.accounts.fields.password };

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

const redirectToOf = (request: Request) => new URL(request.url).searchParams.get("redirectTo");

export async function loader({ context, request }: Route.LoaderArgs) {
  const redirectTo = safeRedirectPath(redirectToOf(request));
  if (context.actor) throw redirect(redirectTo);
  return { redirectTo, oidcProvider: context.deps.config.oidc?.name ?? null };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const { deps } = context;
  const target = safeRedirectPath(form.optional("redirectTo") ?? null);
  const result = await signIn(
    deps,
    { email: form.text("email"), password: form.text("password") },
    {
      userAgent: userAgentOf(request),
      clientAddress: context.ip,
      redirectTo: target,
      deviceToken: deviceTokenOf(request),
    },
  );
  if (!result.ok) {
    // One message for wrong e-mail or password, shown once at the top, never next to one field.
    const failure = result.error === "INVALID_CREDENTIALS" ? { ...result, fields: undefined } : result;
    return replyFailure(failure, form, accountReply(context, ["email"]));
  }
  // An account with a second factor goes to the code's page; the others are signed in.
  const next = result.value.step === "second-factor" ? SECOND_FACTOR_PAGE : target;
  return redirect(next, { headers: signedInHeaders(deps, result.value) });
}

export default function SignIn() {
  const { redirectTo, oidcProvider } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {oidcProvider ? (
        <>
          <p>
            <a className="button" href={`/connexion/oidc?redirectTo=${encodeURIComponent(redirectTo)}`}>
              {t(fr.accounts.oidc.button, { provider: oidcProvider })}
            </a>
          </p>
          <p>{fr.accounts.oidc.or}</p>
        </>
      ) : null}
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          name="email"
          label={labels.email}
          type="email"
          autoComplete="username"
          required
          defaultValue={textValue(failure?.values.email)}
          error={failure?.fields.email}
        />
        <Field
          key={failure?.attempt}
          name="password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          required
          error={failure?.fields.password}
        />
        <div className="actions">
          <button type="submit" className="button">
            {text.submit}
          </button>
          <a href="/mot-de-passe-oublie">{text.forgotten}</a>
        </div>
      </Form>
    </div>
  );
}
