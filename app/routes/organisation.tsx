import { Form, redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { createContact } from "../../server/organisations/contacts";
import { getOrganisation } from "../../server/organisations/get-organisation";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { ContactFields, contactLabels } from "../organisations/contact-fields";
import { EsusStatus } from "../organisations/esus-status";
import { formatCompanyNumber } from "../organisations/format";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/organisation";

const text = fr.organisations.detail;
const labels = fr.organisations.fields;
const doneKeys = ["cree", "modifie", "contact-ajoute", "contact-modifie", "contact-supprime"] as const;
const doneMessages: Record<(typeof doneKeys)[number], string> = {
  cree: text.created,
  modifie: text.updated,
  "contact-ajoute": text.contactCreated,
  "contact-modifie": text.contactUpdated,
  "contact-supprime": text.contactDeleted,
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.organisation.name ?? fr.organisations.list.title} — ${fr.common.appName}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const organisation = valueOr404(await getOrganisation(context.deps, actor, params.id));
  return { organisation, done: doneFlag(request, doneKeys) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") !== "add-contact") notFound();
  const result = await createContact(context.deps, actor, { ...form.input, organisationId: params.id });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/acteurs/${params.id}?done=contact-ajoute#contacts-titre`);
}

export default function Organisation() {
  const { organisation: org, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  // A successful post redirects here: remount the contact form so it starts empty again.
  const { key: formKey } = useLocation();
  const none = text.none;
  return (
    <div className="stack">
      <p>
        <a href="/acteurs">{fr.organisations.list.title}</a>
      </p>
      <h1>{org.name}</h1>
      <p>
        <span className="badge">{fr.organisations.kinds[org.kind]}</span>{" "}
        <EsusStatus until={org.esusUntil} expired={org.esusExpired} />
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      {org.canEdit ? (
        <p>
          <a className="button button--secondary" href={`/acteurs/${org.id}/modifier`}>
            {text.edit}
          </a>
        </p>
      ) : (
        <p className="notice">{text.readOnly}</p>
      )}

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
    </div>
  );
}
