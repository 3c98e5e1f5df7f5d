import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { finishSecondFactorSignIn } from "../../server/accounts/finish-second-factor-sign-in";
import { readCookie, SECOND_FACTOR_COOKIE } from "../../server/http/cookies";
import { SECURITY_PAGE } from "../../server/http/require-actor";
import { clearStepCookie, safeRedirectPath } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { accountReply } from "../accounts/account-reply";
import { deviceTokenOf, signedInHeaders } from "../accounts/signed-in-headers";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/sign-in-code";

const text = fr.accounts.totp.step;
const labels = { code: text.code };

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

const pendingTokenOf = (request: Request) => readCookie(request.headers.get("cookie"), SECOND_FACTOR_COOKIE);

/** The second step of a sign-in (decision record 0139): only for a browser holding a pending sign-in. */
export async function loader({ context, request }: Route.LoaderArgs) {
  if (context.actor) throw redirect("/tableau-de-bord");
  return { pending: !!pendingTokenOf(request) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const { deps } = context;
  const result = await finishSecondFactorSignIn(
    deps,
    { cookieToken: pendingTokenOf(request), code: form.text("code") },
    { deviceToken: deviceTokenOf(request) },
  );
  if (!result.ok) return replyFailure(result, form, accountReply(context, []));
  const headers = new Headers({ "Set-Cookie": clearStepCookie(deps.config, SECOND_FACTOR_COOKIE) });
  signedInHeaders(deps, { step: "session", ...result.value }, headers);
  // A spent recovery code: the security page says how many are left and offers new ones.
  const left = result.value.recoveryCodesLeft;
  const target =
    left === null ? safeRedirectPath(result.value.redirectTo) : `${SECURITY_PAGE}?secours=${left}`;
  return redirect(target, { headers });
}

export default function SignInCode() {
  const { pending } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const expired = !pending || failure?.error === "TOKEN_INVALID";
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {expired ? (
        <>
          <div className="notice" role="status">
            <p>{text.expired}</p>
          </div>
          <p>
            <a className="button" href="/connexion">
              {text.restart}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{text.intro}</p>
          <ErrorSummary failure={failure} labels={labels} />
          <Form method="post" noValidate key={failure?.attempt}>
            <CsrfInput />
            <Field
              name="code"
              label={labels.code}
              help={text.codeHint}
              inputMode="text"
              autoComplete="one-time-code"
              required
              error={failure?.fields.code}
            />
            <div className="actions">
              <button type="submit" className="button">
                {text.submit}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
