import { Form } from "react-router";
import type { OrganisationDetails } from "../../server/organisations/get-organisation";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary, type FormFailure } from "../ui/form";
import { ContactFields, contactLabels } from "./contact-fields";
import { formatCompanyNumber } from "./format";

/** The sections of an organisation's card (`routes/organisation.tsx`), one component each. */

const text = fr.organisations.detail;
const labels = fr.organisations.fields;
const none = text.none;

/** Who it is: company numbers, legal form, ESUS approval, SIAE kind, territory. */
export function OrganisationIdentity({ org }: { org: OrganisationDetails }) {
  return (
    <section aria-labelledby="identite-titre" className="card">
      <h2 id="identite-titre">{text.identity}</h2>
      <dl className="facts">
        <dt>{labels.siren}</dt>
        <dd>{formatCompanyNumber(org.siren) || none}</dd>
        <dt>{labels.siret}</dt>
        <dd>{formatCompanyNumber(org.siret) || none}</dd>
        <dt>{labels.legalForm}</dt>
        <dd>{org.legalForm || none}</dd>
        <dt>{labels.esusUntil}</dt>
        <dd>
          {org.esusUntil
            ? `${formatDate(org.esusUntil)}${org.esusExpired ? ` (${text.expired})` : ""}`
            : none}
        </dd>
        <dt>{labels.siaeKind}</dt>
        <dd>{org.siaeKind ? fr.organisations.siaeKinds[org.siaeKind] : none}</dd>
        <dt>{labels.adaptedEnterprise}</dt>
        <dd>{org.adaptedEnterprise ? fr.organisations.agrements.adapted : none}</dd>
        <dt>{labels.territory}</dt>
        <dd>
          {org.territoryKind && org.territoryCode ? (
            <a href={`/territoires/${org.territoryKind}/${org.territoryCode}`}>
              {org.territoryName ?? org.territoryCode}
            </a>
          ) : (
            none
          )}
        </dd>
      </dl>
    </section>
  );
}

/** How to reach it: website, address, phone, and the team's notes. */
export function OrganisationContactDetails({ org }: { org: OrganisationDetails }) {
  return (
    <section aria-labelledby="coordonnees-titre" className="card">
      <h2 id="coordonnees-titre">{text.contactDetails}</h2>
      <dl className="facts">
        <dt>{labels.website}</dt>
        <dd>{org.website ? <a href={org.website}>{org.website}</a> : none}</dd>
        <dt>{labels.email}</dt>
        <dd>{org.email ? <a href={`mailto:${org.email}`}>{org.email}</a> : none}</dd>
        <dt>{labels.phone}</dt>
        <dd>{org.phone || none}</dd>
        <dt>{labels.notes}</dt>
        <dd>{org.notes || none}</dd>
      </dl>
    </section>
  );
}

/** The people of the organisation, and the form that adds one. */
export function OrganisationContacts({
  org,
  failure,
  formKey,
}: {
  org: OrganisationDetails;
  failure: FormFailure | undefined;
  /** Changes after each successful post, so the form starts empty again. */
  formKey: string;
}) {
  return (
    <section aria-labelledby="contacts-titre" className="stack">
      <h2 id="contacts-titre">{text.contacts}</h2>
      {org.contacts.length === 0 ? (
        <p>{text.contactsEmpty}</p>
      ) : (
        <ul className="card-grid">
          {org.contacts.map((person) => (
            <li key={person.id} className="card">
              <h3>{person.name}</h3>
              {person.jobTitle ? <p>{person.jobTitle}</p> : null}
              {person.email ? (
                <p>
                  <a href={`mailto:${person.email}`}>{person.email}</a>
                </p>
              ) : null}
              {person.phone ? <p>{person.phone}</p> : null}
              {person.hasAccount ? <p className="badge">{text.hasAccount}</p> : null}
              {org.canEdit ? (
                <p>
                  <a href={`/acteurs/contacts/${person.id}`}>
                    {text.editContact} <span className="visually-hidden">{person.name}</span>
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {org.canEdit ? (
        <Form
          key={formKey}
          method="post"
          noValidate
          className="card stack"
          aria-labelledby="ajout-contact-titre"
        >
          <h3 id="ajout-contact-titre">{text.addContact}</h3>
          <ErrorSummary failure={failure} labels={contactLabels} />
          <CsrfInput />
          <input type="hidden" name="intent" value="add-contact" />
          <ContactFields values={failure?.values ?? {}} errors={failure?.fields ?? {}} />
          <button type="submit" className="button">
            {fr.organisations.contact.save}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** The initiatives it takes part in (with its roles), and the programmes it funds. */
export function OrganisationInvolvement({ org }: { org: OrganisationDetails }) {
  return (
    <>
      <section aria-labelledby="projets-titre" className="stack">
        <h2 id="projets-titre">{text.initiatives}</h2>
        {org.initiatives.length === 0 ? (
          <EmptyState title={text.initiativesEmpty} />
        ) : (
          <ul>
            {org.initiatives.map((item) => (
              <li key={item.id}>
                <a href={`/projets/${item.id}/partenaires`}>
                  {item.reference} — {item.title}
                </a>{" "}
                : {item.roles.map((role) => fr.initiatives.partnerRoles[role]).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </section>
      {org.programmes.length ? (
        <section aria-labelledby="programmes-titre" className="stack">
          <h2 id="programmes-titre">{text.programmes}</h2>
          <ul>
            {org.programmes.map((item) => (
              <li key={item.id}>
                <a href={`/programmes/${item.id}`}>{item.name}</a>
                {item.amountCents !== null ? ` — ${formatEuros(item.amountCents)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
