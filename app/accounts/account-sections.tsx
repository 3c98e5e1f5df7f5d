import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { NewPasswordFields } from "./new-password-fields";

/** The sections of the account page (`routes/account.tsx`), one component each. */

const text = fr.accounts.account;
const passwordLabels = {
  currentPassword: fr.accounts.fields.currentPassword,
  password: fr.accounts.fields.newPassword,
  passwordConfirmation: fr.accounts.fields.passwordConfirmation,
};
const tokenLabels = { name: text.tokenName, expiresInDays: text.tokenDays, code: fr.accounts.totp.page.code };

/** A refusal of this page's forms: each attempt remounts its form, so password fields start empty. */
type Attempt = FormFailure & { attempt?: string; tokenId?: string };

/** An API token as the page lists it, dates and status already in words. */
export type PageToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string;
  status: string;
  revocable: boolean;
};

/** Who the reader is: name, address, and their roles in the network and the Fabriques. */
export function ProfileFacts({ name, email, roles }: { name: string; email: string; roles: string[] }) {
  return (
    <section aria-labelledby="profil">
      <h2 id="profil">{text.profile}</h2>
      <dl className="facts">
        <dt>{fr.accounts.fields.name}</dt>
        <dd>{name}</dd>
        <dt>{fr.accounts.fields.email}</dt>
        <dd>{email}</dd>
        <dt>{text.roles}</dt>
        <dd>
          {roles.length ? (
            <ul>
              {roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          ) : (
            text.noRoles
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The password change: the current one, then the new one twice. */
export function PasswordChange({ email, failure }: { email: string; failure: Attempt | undefined }) {
  return (
    <section aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe">{text.passwordTitle}</h2>
      <ErrorSummary failure={failure} labels={passwordLabels} />
      <Form method="post" noValidate key={failure?.attempt}>
        <CsrfInput />
        <input type="hidden" name="intent" value="password" />
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <Field
          name="currentPassword"
          label={passwordLabels.currentPassword}
          type="password"
          autoComplete="current-password"
          required
          error={failure?.fields.currentPassword}
        />
        <NewPasswordFields label={passwordLabels.password} errors={failure?.fields} />
        <button type="submit" className="button">
          {text.passwordSubmit}
        </button>
      </Form>
    </section>
  );
}

/** A token's revocation: a box to tick, so one click does not revoke it by mistake. */
function RevokeTokenForm({ token, error }: { token: PageToken; error: string | undefined }) {
  const confirmId = `confirmer-${token.id}`;
  return (
    <Form method="post" aria-label={t(text.tokenRevokeLegend, { name: token.name })}>
      <CsrfInput />
      <input type="hidden" name="intent" value="revoke-token" />
      <input type="hidden" name="tokenId" value={token.id} />
      {error ? (
        <p className="field__error" id={`${confirmId}-erreur`}>
          {error}
        </p>
      ) : null}
      <div className="choice">
        <input
          type="checkbox"
          id={confirmId}
          name="confirm"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${confirmId}-erreur` : undefined}
        />
        <label htmlFor={confirmId}>{t(text.tokenRevokeConfirm, { name: token.name })}</label>
      </div>
      <button type="submit" className="button button--danger">
        {text.tokenRevoke}
      </button>
    </Form>
  );
}

/** The reader's API tokens, each revocable while it is active. */
export function TokenTable({
  tokens,
  revokeFailure,
}: {
  tokens: PageToken[];
  revokeFailure: Attempt | undefined;
}) {
  if (tokens.length === 0) return <EmptyState title={text.tokensEmpty}>{text.tokensEmptyHelp}</EmptyState>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{text.tokensTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{text.tokenColumns.name}</th>
            <th scope="col">{text.tokenColumns.prefix}</th>
            <th scope="col">{text.tokenColumns.createdAt}</th>
            <th scope="col">{text.tokenColumns.expiresAt}</th>
            <th scope="col">{text.tokenColumns.lastUsedAt}</th>
            <th scope="col">{text.tokenColumns.status}</th>
            <th scope="col">{text.tokenColumns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{token.createdAt}</td>
              <td>{token.expiresAt}</td>
              <td>{token.lastUsedAt}</td>
              <td>{token.status}</td>
              <td>
                {token.revocable ? (
                  <RevokeTokenForm
                    token={token}
                    error={revokeFailure?.tokenId === token.id ? revokeFailure.fields.confirm : undefined}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A new token: its name and how many days it lasts; it starts empty again once one is created. */
export function CreateTokenForm({
  failure,
  createdToken,
  asksCode,
}: {
  failure: Attempt | undefined;
  createdToken?: string;
  /** The person has TOTP: a token is made only with a current code (decision record 0141). */
  asksCode: boolean;
}) {
  return (
    <>
      <h3>{text.tokenCreateTitle}</h3>
      <ErrorSummary failure={failure} labels={tokenLabels} />
      <Form method="post" noValidate key={failure?.attempt ?? createdToken}>
        <CsrfInput />
        <input type="hidden" name="intent" value="create-token" />
        <Field
          name="name"
          label={tokenLabels.name}
          help={text.tokenNameHelp}
          required
          autoComplete="off"
          defaultValue={failure?.values.name}
          error={failure?.fields.name}
        />
        <Field
          name="expiresInDays"
          label={tokenLabels.expiresInDays}
          type="number"
          inputMode="numeric"
          help={text.tokenDaysHelp}
          defaultValue={failure?.values.expiresInDays ?? "90"}
          error={failure?.fields.expiresInDays}
        />
        {asksCode ? (
          <Field
            name="code"
            label={fr.accounts.totp.page.code}
            help={fr.accounts.totp.step.codeHint}
            autoComplete="one-time-code"
            required
            error={failure?.fields.code}
          />
        ) : null}
        <button type="submit" className="button">
          {text.tokenCreate}
        </button>
      </Form>
    </>
  );
}
