import { data, Form, redirect, useActionData, useLoaderData } from "react-router";
import { acceptInvitation } from "../../server/accounts/accept-invitation";
import { getInvitation } from "../../server/accounts/get-invitation";
import { signOut } from "../../server/accounts/sign-out";
import { sessionCookie } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { accountReply, userAgentOf } from "../accounts/account-reply";
import { NewPasswordFields } from "../accounts/new-password-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/invitation-accept";

const text = fr.accounts.invitation;
const labels = {
  name: fr.accounts.fields.name,
  password: fr.accounts.fields.password,
  passwordConfirmation: fr.accounts.fields.passwordConfirmation,
};

export const meta = () => [{ title: `${text.pageTitle} — ${fr.common.appName}` }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const found = await getInvitation(context.deps, params.token);
  if (!found.ok) return data({ valid: false as const }, { status: 410 });
  const invitation = found.value;
  const scope = invitation.fabriqueName
    ? t(text.fabriqueScope, { fabrique: invitation.fabriqueName })
    : text.networkScope;
  const role = fr.common.roles[invitation.role];
  const summary = invitation.inviterName
    ? t(text.summary, { inviter: invitation.inviterName, scope, role })
    : t(text.summaryNoInviter, { scope, role });
  const signedInAs = context.actor?.email ?? null;
  return {
    valid: true as const,
    summary,
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    hasAccount: invitation.hasAccount,
    knownName: invitation.knownName,
    signedInAsOther:
      signedInAs && signedInAs.toLowerCase() !== invitation.email.toLowerCase() ? signedInAs : null,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await readForm(request);
  const { deps } = context;
  const result = await acceptInvitation(deps, params.token, form.input, { userAgent: userAgentOf(request) });
  if (!result.ok) {
    if (result.error === "TOKEN_INVALID") return redirect(`/invitation/${encodeURIComponent(params.token)}`);
    return replyFailure(result, form, accountReply(context, ["name"]));
  }
  // Whoever was signed in on this browser hands over to the invited account.
  if (context.sessionId) await signOut(deps, context.sessionId);
  return redirect("/tableau-de-bord", {
    headers: {
      "Set-Cookie": sessionCookie(deps.config, result.value.token, result.value.expiresAt, deps.clock.now()),
    },
  });
}

export default function InvitationAccept() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  if (!loaded.valid) {
    return (
      <div className="stack">
        <h1>{text.invalidTitle}</h1>
        <p>{text.invalidBody}</p>
        <p>
          <a href="/">{fr.common.home}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{text.pageTitle}</h1>
      <p className="lead">{loaded.summary}</p>
      <p>
        {t(text.forEmail, { email: loaded.email })}{" "}
        {t(text.validUntil, { date: formatDate(loaded.expiresAt) })}
      </p>
      {loaded.signedInAsOther ? (
        <div className="notice notice--warning">
          <p>{t(text.signedInAsOther, { email: loaded.signedInAsOther })}</p>
        </div>
      ) : null}
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        <input type="hidden" name="username" autoComplete="username" value={loaded.email} />
        {loaded.hasAccount ? (
          <>
            <p>{text.existingAccountIntro}</p>
            <Field
              name="password"
              label={labels.password}
              type="password"
              autoComplete="current-password"
              required
              error={failure?.fields.password}
            />
            <button type="submit" className="button">
              {text.accept}
            </button>
          </>
        ) : (
          <>
            <p>{text.newAccountIntro}</p>
            <Field
              name="name"
              label={labels.name}
              autoComplete="name"
              required
              defaultValue={textValue(failure?.values.name) ?? loaded.knownName ?? undefined}
              error={failure?.fields.name}
            />
            <NewPasswordFields label={labels.password} errors={failure?.fields} />
            <button type="submit" className="button">
              {text.createAndAccept}
            </button>
          </>
        )}
      </Form>
    </div>
  );
}
