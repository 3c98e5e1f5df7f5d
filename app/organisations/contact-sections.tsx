import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import type { FormFailure } from "../ui/form";
import { CheckboxField } from "./organisation-fields";

/** The sections of a contact's edit page (`routes/organisation-contact.tsx`) below its form. */

const text = fr.organisations.contact;
const detail = fr.organisations.detail;

/** The contact's account: linked, linkable to the account with the same address, or none. */
export function ContactAccount({
  contact,
}: {
  contact: { hasAccount: boolean; linkableEmail: string | null };
}) {
  return (
    <section className="card stack" aria-labelledby="compte-titre">
      <h2 id="compte-titre">{text.account}</h2>
      {contact.hasAccount ? (
        <p>{text.accountLinked}</p>
      ) : contact.linkableEmail ? (
        <Form method="post" className="stack">
          <p>{t(text.accountLinkable, { email: contact.linkableEmail })}</p>
          <CsrfInput />
          <input type="hidden" name="intent" value="link" />
          <button type="submit" className="button button--secondary">
            {text.link}
          </button>
        </Form>
      ) : (
        <p>{text.accountNone}</p>
      )}
    </section>
  );
}

/** Deleting the contact, confirmed by a box to tick. */
export function DeleteContact({ name, failure }: { name: string; failure: FormFailure | undefined }) {
  return (
    <section className="notice notice--warning stack" aria-labelledby="suppression-titre">
      <h2 id="suppression-titre">{t(detail.deleteContactTitle, { name })}</h2>
      <p>{t(detail.deleteContactBody, { name })}</p>
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="delete" />
        <CheckboxField
          name="confirm"
          label={detail.deleteContactConfirm}
          checked={false}
          error={failure?.fields.confirm}
        />
        <button type="submit" className="button button--danger">
          {detail.deleteContactButton}
        </button>
      </Form>
    </section>
  );
}
