import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";

/** The sections of the security page (`routes/account-security.tsx`), one component each. */

const text = fr.accounts.totp.page;
const labels = { code: text.code, password: fr.accounts.fields.currentPassword };

type Attempt = FormFailure & { attempt?: string; intent?: string };

/** The recovery codes, shown once after enrolment or renewal. */
export function RecoveryCodes({ codes, message }: { codes: string[]; message: string }) {
  return (
    <section aria-labelledby="codes-de-secours" className="notice notice--success">
      <h2 id="codes-de-secours">{text.recoveryTitle}</h2>
      <p role="status">{message}</p>
      <p>{text.recoveryIntro}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a className="button" href="/tableau-de-bord">
          {text.continue}
        </a>
      </p>
    </section>
  );
}

/** First step: a button that draws a new secret. */
export function StartEnrolment() {
  return (
    <section aria-labelledby="activer">
      <h2 id="activer">{text.startTitle}</h2>
      <p>{text.startIntro}</p>
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="intent" value="start" />
        <button type="submit" className="button">
          {text.start}
        </button>
      </Form>
    </section>
  );
}

/** The secret in groups of four, easier to type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** Second step: the QR code drawn on the server, the secret in text, and the first code. */
export function ConfirmEnrolment(props: {
  qrSource: string;
  secret: string;
  email: string;
  failure?: Attempt;
}) {
  const { failure } = props;
  return (
    <section aria-labelledby="scanner">
      <h2 id="scanner">{text.scanTitle}</h2>
      <p>{text.scanIntro}</p>
      <img
        className="qr-code"
        src={props.qrSource}
        alt={t(text.qrAlt, { email: props.email })}
        width={200}
        height={200}
      />
      <dl className="facts">
        <dt>{text.secret}</dt>
        <dd>
          <code>{grouped(props.secret)}</code>
        </dd>
      </dl>
      <h3>{text.confirmTitle}</h3>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        <input type="hidden" name="intent" value="confirm" />
        <Field
          name="code"
          label={text.code}
          help={text.codeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          error={failure?.fields.code}
        />
        <button type="submit" className="button">
          {text.confirm}
        </button>
      </Form>
    </section>
  );
}

/** Ten new recovery codes, for a current code. */
export function RegenerateCodes({ left, failure }: { left: number; failure?: Attempt }) {
  return (
    <section aria-labelledby="renouveler">
      <h2 id="renouveler">{text.regenerateTitle}</h2>
      <p>{t(text.recoveryLeft, { count: left })}</p>
      <p>{text.regenerateIntro}</p>
      <ErrorSummary failure={failure} labels={{ regenerateCode: text.code }} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        <input type="hidden" name="intent" value="regenerate" />
        {/* Its own name: the disable form on the same page has a "code" field too. */}
        <Field
          name="regenerateCode"
          label={text.code}
          autoComplete="one-time-code"
          required
          error={failure?.fields.regenerateCode}
        />
        <button type="submit" className="button">
          {text.regenerate}
        </button>
      </Form>
    </section>
  );
}

/** Turning it off: the password (when the account has one) and a code. */
export function DisableTotp(props: { hasPassword: boolean; required: boolean; failure?: Attempt }) {
  const { failure } = props;
  return (
    <section aria-labelledby="desactiver">
      <h2 id="desactiver">{text.disableTitle}</h2>
      <p>{props.hasPassword ? text.disableIntro : text.disableIntroNoPassword}</p>
      {props.required ? <p>{text.disableRequired}</p> : null}
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        <input type="hidden" name="intent" value="disable" />
        {props.hasPassword ? (
          <Field
            name="password"
            label={labels.password}
            type="password"
            autoComplete="current-password"
            required
            error={failure?.fields.password}
          />
        ) : null}
        <Field
          name="code"
          label={text.code}
          autoComplete="one-time-code"
          required
          error={failure?.fields.code}
        />
        <button type="submit" className="button button--danger">
          {text.disable}
        </button>
      </Form>
    </section>
  );
}
