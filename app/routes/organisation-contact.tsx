import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import {
  deleteContact,
  getContact,
  linkContactAccount,
  updateContact,
} from "../../server/organisations/contacts";
import { listDirectoryChoices } from "../../server/organisations/list-organisations";
import { canWriteDirectory } from "../../server/organisations/organisation-access";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { ContactFields, contactLabels } from "../organisations/contact-fields";
import { ContactAccount, DeleteContact } from "../organisations/contact-sections";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/organisation-contact";

const text = fr.organisations.contact;

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.contact.name ?? text.title} — ${fr.common.appName}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const contact = valueOr404(await getContact(context.deps, actor, params.contactId));
  if (!canWriteDirectory(actor, contact.fabriqueId)) notFound();
  const { organisations } = await listDirectoryChoices(context.deps, contact.fabriqueId);
  const back = contact.organisationId ? `/acteurs/${contact.organisationId}` : "/acteurs";
  return { contact, organisations, back, linked: doneFlag(request, ["relie"]) !== null };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") === "delete") {
    const result = await deleteContact(context.deps, actor, params.contactId, {
      confirm: form.input.confirm,
    });
    if (!result.ok) return replyFailure(result, form);
    const back = result.value.organisationId ? `/acteurs/${result.value.organisationId}` : "/acteurs";
    return redirect(`${back}?done=contact-supprime`);
  }
  if (form.text("intent") === "link") {
    const result = await linkContactAccount(context.deps, actor, params.contactId);
    if (!result.ok) return replyFailure(result, form);
    return redirect(`/acteurs/contacts/${params.contactId}?done=relie`);
  }
  if (form.text("intent") !== "update") notFound();
  const result = await updateContact(context.deps, actor, params.contactId, form.input);
  if (!result.ok) return replyFailure(result, form);
  const back = result.value.organisationId ? `/acteurs/${result.value.organisationId}` : "/acteurs";
  return redirect(`${back}?done=contact-modifie`);
}

export default function OrganisationContact() {
  const { contact, organisations, back, linked } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const updateFailure = failure?.values.intent === "update" ? failure : undefined;
  const deleteFailure = failure?.values.intent === "delete" ? failure : undefined;
  const values = updateFailure?.values ?? {
    name: contact.name,
    jobTitle: contact.jobTitle,
    email: contact.email,
    phone: contact.phone,
    notes: contact.notes,
    organisationId: contact.organisationId ?? "",
  };
  return (
    <div className="stack">
      <p>
        <a href={back}>{fr.common.back}</a>
      </p>
      <h1>{t(text.editTitle, { name: contact.name })}</h1>
      {linked ? (
        <p className="notice notice--success" role="status">
          {text.linked}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={{ ...contactLabels, link: text.account }} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="update" />
        <ContactFields values={values} errors={updateFailure?.fields ?? {}} />
        <SelectField
          name="organisationId"
          label={fr.organisations.partners.organisation}
          placeholder={fr.organisations.partners.chooseNone}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={values.organisationId}
          error={updateFailure?.fields.organisationId}
        />
        <div className="actions">
          <button type="submit" className="button">
            {text.save}
          </button>
          <a href={back}>{text.cancel}</a>
        </div>
      </Form>

      <ContactAccount contact={contact} />
      <DeleteContact name={contact.name} failure={deleteFailure} />
    </div>
  );
}
