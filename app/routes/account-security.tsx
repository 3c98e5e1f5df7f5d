import { data, redirect, useActionData, useLoaderData } from "react-router";
import { confirmTotpEnrolment } from "../../server/accounts/confirm-totp-enrolment";
import { disableTotp } from "../../server/accounts/disable-totp";
import { getTotpStatus } from "../../server/accounts/get-totp-status";
import { regenerateRecoveryCodes } from "../../server/accounts/regenerate-recovery-codes";
import { startTotpEnrolment } from "../../server/accounts/start-totp-enrolment";
import type { Failure } from "../../server/core/result";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { accountReply } from "../accounts/account-reply";
import {
  ConfirmEnrolment,
  DisableTotp,
  RecoveryCodes,
  RegenerateCodes,
  StartEnrolment,
} from "../accounts/security-sections";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/account-security";

const text = fr.accounts.totp.page;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** What the page says on arrival: a recovery code just spent, or the factor just turned off. */
function noticeOf(request: Request): string | null {
  const params = new URL(request.url).searchParams;
  const left = params.get("secours");
  if (left !== null && /^\d{1,2}$/.test(left)) return t(fr.accounts.totp.step.recoveryUsed, { count: left });
  return params.get("done") === "desactivee" ? text.disabled : null;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const status = await getTotpStatus(context.deps, actor, context.sessionId);
  if (!status.ok) throw data(null, { status: 404 });
  const { pending, enrolledAt, ...rest } = status.value;
  return {
    ...rest,
    email: actor.email,
    enrolledAt: enrolledAt ? formatDate(enrolledAt) : null,
    // The QR code as an image: drawn on the server, no script in the page (0131).
    pending: pending
      ? {
          secret: pending.secret,
          qrSource: `data:image/svg+xml;base64,${Buffer.from(pending.qrSvg).toString("base64")}`,
        }
      : null,
    notice: noticeOf(request),
    oidcProvider: context.deps.config.oidc?.name ?? null,
  };
}

type Intent = "start" | "confirm" | "regenerate" | "disable";

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const { deps } = context;
  const failed = (intent: Intent, failure: Failure, rename: Record<string, string> = {}) =>
    replyFailure(failure, form, {
      ...accountReply(context, []),
      rename,
      extra: { attempt: context.requestId, intent },
    });
  switch (form.text("intent")) {
    case "start": {
      const started = await startTotpEnrolment(deps, actor);
      if (!started.ok && started.error !== "CONFLICT") return failed("start", started);
      return redirect("/compte/securite");
    }
    case "confirm": {
      const confirmed = await confirmTotpEnrolment(deps, actor, { code: form.text("code") });
      if (!confirmed.ok) return failed("confirm", confirmed);
      return { ok: true as const, message: text.enabled, recoveryCodes: confirmed.value.recoveryCodes };
    }
    case "regenerate": {
      const renewed = await regenerateRecoveryCodes(deps, actor, { code: form.text("regenerateCode") });
      if (!renewed.ok) return failed("regenerate", renewed, { code: "regenerateCode" });
      return { ok: true as const, message: text.regenerated, recoveryCodes: renewed.value.recoveryCodes };
    }
    case "disable": {
      const input = { password: form.text("password"), code: form.text("code") };
      const disabled = await disableTotp(deps, actor, input, { clientAddress: context.ip });
      if (!disabled.ok) return failed("disable", disabled);
      return redirect("/compte/securite?done=desactivee");
    }
    default:
      throw data(null, { status: 400 });
  }
}

export default function AccountSecurity() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? result : undefined;
  const failureOf = (intent: Intent) => (failure?.intent === intent ? failure : undefined);
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {loaded.notice ? (
        <div className="notice notice--success" role="status">
          <p>{loaded.notice}</p>
        </div>
      ) : null}
      {loaded.required && !loaded.enrolledAt && !loaded.federationChecked ? (
        <div className="notice notice--warning" role="alert">
          <p>{text.required}</p>
        </div>
      ) : null}
      {loaded.federationChecked && loaded.oidcProvider ? (
        <p>{t(text.federationCounted, { provider: loaded.oidcProvider })}</p>
      ) : null}
      {result?.ok ? <RecoveryCodes codes={result.recoveryCodes} message={result.message} /> : null}
      <p>{text.intro}</p>
      <p>{loaded.enrolledAt ? t(text.statusOn, { date: loaded.enrolledAt }) : text.statusOff}</p>
      {loaded.enrolledAt ? (
        <>
          <RegenerateCodes left={loaded.recoveryCodesLeft} failure={failureOf("regenerate")} />
          <DisableTotp
            hasPassword={loaded.hasPassword}
            required={loaded.required}
            failure={failureOf("disable")}
          />
        </>
      ) : loaded.pending ? (
        <ConfirmEnrolment {...loaded.pending} email={loaded.email} failure={failureOf("confirm")} />
      ) : (
        <StartEnrolment />
      )}
    </div>
  );
}
