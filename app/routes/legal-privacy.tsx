import { useLoaderData } from "react-router";
import { listRetentionPeriods } from "../../server/privacy/list-retention-periods";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { said } from "../legal/operator";
import type { Route } from "./+types/legal-privacy";

const text = fr.legal.privacy;
const retention = fr.legal.retention;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Public: what is kept, why, how long (the figures the services enforce), who sees it, your rights. */
export function loader({ context }: Route.LoaderArgs) {
  return { operator: context.deps.config.legal ?? null, periods: listRetentionPeriods() };
}

export default function LegalPrivacy() {
  const { operator, periods } = useLoaderData<typeof loader>();
  const contact = said(operator?.contact);
  return (
    <div className="stack prose">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <h2>{text.controllerTitle}</h2>
      <p>{t(text.controller, { publisher: said(operator?.publisher), contact })}</p>
      <h2>{text.collectedTitle}</h2>
      <ul>
        {text.collected.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{text.cookies}</p>
      <h2>{text.retentionTitle}</h2>
      <p>{text.retentionIntro}</p>
      <ul>
        <li>{t(retention.session, { days: periods.sessionDays })}</li>
        <li>
          {t(retention.apiToken, {
            defaultDays: periods.apiTokenDefaultDays,
            maxDays: periods.apiTokenMaxDays,
          })}
        </li>
        <li>{t(retention.invitation, { days: periods.invitationDays })}</li>
        <li>{t(retention.passwordReset, { minutes: periods.passwordResetMinutes })}</li>
        <li>{t(retention.intakeAddress, { minutes: periods.intakeAddressMinutes })}</li>
        <li>{t(retention.signInAttempts, { minutes: periods.signInAttemptMinutes })}</li>
        <li>{t(retention.pendingSignIn, { minutes: periods.pendingSignInMinutes })}</li>
        <li>{t(retention.deviceCookie, { days: periods.deviceCookieDays })}</li>
      </ul>
      <p>{text.retentionOther}</p>
      <h2>{text.recipientsTitle}</h2>
      <ul>
        {text.recipients.map((line) => (
          <li key={line}>{t(line, { host: said(operator?.host) })}</li>
        ))}
      </ul>
      <h2>{text.rightsTitle}</h2>
      <p>{text.rights}</p>
    </div>
  );
}
