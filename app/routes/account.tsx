import { data, redirect, useActionData, useLoaderData } from "react-router";
import { changePassword } from "../../server/accounts/change-password";
import { createApiToken } from "../../server/accounts/create-api-token";
import { listApiTokens } from "../../server/accounts/list-api-tokens";
import { revokeApiToken } from "../../server/accounts/revoke-api-token";
import { hasConfirmedTotp } from "../../server/accounts/second-factor-requirement";
import { type Failure, fail } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { accountReply } from "../accounts/account-reply";
import { CreateTokenForm, PasswordChange, ProfileFacts, TokenTable } from "../accounts/account-sections";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/account";

const text = fr.accounts.account;

const doneFlags = { "mot-de-passe": text.passwordChanged, "jeton-revoque": text.tokenRevoked } as const;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.done);
  const actor = requireActor(context, request);
  const tokens = await listApiTokens(context.deps, actor);
  const totpEnrolled = await hasConfirmedTotp(context.deps, actor.userId);
  const now = context.deps.clock.now();
  const done = new URL(request.url).searchParams.get("done");
  return {
    name: actor.name,
    email: actor.email,
    roles: [
      ...(actor.isNetworkAnimator ? [fr.common.roles.network_animator] : []),
      ...actor.memberships.map((m) =>
        t(m.initiativeId ? text.roleInInitiative : text.roleIn, {
          role: fr.common.roles[m.role],
          fabrique: m.fabriqueName,
        }),
      ),
    ],
    tokens: (tokens.ok ? tokens.value : []).map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdAt: formatDate(token.createdAt),
      expiresAt: formatDate(token.expiresAt),
      lastUsedAt: token.lastUsedAt ? formatDate(token.lastUsedAt) : text.tokenNeverUsed,
      status: token.revokedAt
        ? t(text.tokenRevokedStatus, { date: formatDate(token.revokedAt) })
        : token.expiresAt <= now
          ? text.tokenExpired
          : text.tokenActive,
      revocable: !token.revokedAt && token.expiresAt > now,
    })),
    totpEnrolled,
    notice: done && done in doneFlags ? doneFlags[done as keyof typeof doneFlags] : null,
  };
}

type Intent = "password" | "create-token" | "revoke-token";

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const { deps } = context;
  const failed = (intent: Intent, failure: Failure, keep: readonly string[], tokenId?: string) =>
    replyFailure(failure, form, {
      ...accountReply(context, keep),
      extra: { attempt: context.requestId, intent, tokenId },
    });

  switch (form.text("intent")) {
    case "password": {
      const result = await changePassword(deps, actor, context.sessionId, {
        currentPassword: form.text("currentPassword"),
        password: form.text("password"),
        passwordConfirmation: form.text("passwordConfirmation"),
      });
      if (!result.ok) return failed("password", result, []);
      return redirect("/compte?done=mot-de-passe");
    }
    case "create-token": {
      const result = await createApiToken(deps, actor, {
        name: form.text("name"),
        expiresInDays: form.optional("expiresInDays"),
        code: form.optional("code"),
      });
      if (!result.ok) return failed("create-token", result, ["name", "expiresInDays"]);
      // The token is shown in this response only: it is not stored in clear anywhere.
      return { ok: true as const, created: { name: result.value.name, token: result.value.token } };
    }
    case "revoke-token": {
      const tokenId = form.text("tokenId");
      if (form.text("confirm") !== "on") {
        const missing = fail("INVALID_INPUT", {
          fields: { confirm: fr.accounts.validation.revokeConfirmRequired },
        });
        return failed("revoke-token", missing, [], tokenId);
      }
      const result = await revokeApiToken(deps, actor, tokenId);
      if (!result.ok) throw data(null, { status: 404 });
      return redirect("/compte?done=jeton-revoque");
    }
    default:
      throw data(null, { status: 400 });
  }
}

/** The revoke form shows its field errors next to each token: its summary keeps the message only. */
const noFields: Record<string, string> = {};

export default function Account() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? result : undefined;
  const created = result?.ok ? result.created : null;
  const failureOf = (intent: Intent) => (failure?.intent === intent ? failure : undefined);
  const revokeFailure = failureOf("revoke-token");

  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {loaded.notice ? (
        <div className="notice notice--success" role="status">
          <p>{loaded.notice}</p>
        </div>
      ) : null}
      <ProfileFacts name={loaded.name} email={loaded.email} roles={loaded.roles} />
      <PasswordChange email={loaded.email} failure={failureOf("password")} />
      <section aria-labelledby="jetons">
        <h2 id="jetons">{text.tokensTitle}</h2>
        <p>{text.tokensIntro}</p>
        {created ? (
          <div className="notice notice--success" role="status">
            <p>{t(text.tokenCreated, { name: created.name })}</p>
            <p>
              <span className="visually-hidden">{text.tokenValue} : </span>
              <code>{created.token}</code>
            </p>
          </div>
        ) : null}
        {revokeFailure ? <ErrorSummary failure={{ ...revokeFailure, fields: noFields }} labels={{}} /> : null}
        <TokenTable tokens={loaded.tokens} revokeFailure={revokeFailure} />
        <CreateTokenForm
          failure={failureOf("create-token")}
          createdToken={created?.token}
          asksCode={loaded.totpEnrolled}
        />
      </section>
      <section aria-labelledby="securite">
        <h2 id="securite">{fr.accounts.totp.page.title}</h2>
        <p>
          <a href="/compte/securite">{fr.accounts.totp.page.accountLink}</a>
        </p>
      </section>
      <section aria-labelledby="mes-donnees">
        <h2 id="mes-donnees">{fr.privacy.page.title}</h2>
        <p>
          <a href="/compte/mes-donnees">{fr.privacy.page.accountLink}</a>
        </p>
      </section>
    </div>
  );
}
