import { redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { createContact } from "../../server/organisations/contacts";
import { getOrganisation } from "../../server/organisations/get-organisation";
import { fr } from "../../shared/i18n/fr";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { EsusStatus } from "../organisations/esus-status";
import {
  OrganisationContactDetails,
  OrganisationContacts,
  OrganisationIdentity,
  OrganisationInvolvement,
} from "../organisations/organisation-sections";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/organisation";

const text = fr.organisations.detail;
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

      <OrganisationIdentity org={org} />
      <OrganisationContactDetails org={org} />
      <OrganisationContacts org={org} failure={failure} formKey={formKey} />
      <OrganisationInvolvement org={org} />
    </div>
  );
}
