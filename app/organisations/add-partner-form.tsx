import { Form } from "react-router";
import type { partnerRoles } from "../../shared/codes/initiatives";
import type { organisationKinds } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";

const text = fr.organisations.partners;

/** The partner form's fields by name (and the service's nested names), for the error summaries. */
export const partnerFieldLabels: Record<string, string> = {
  role: text.role,
  organisationId: text.organisation,
  contactId: text.contact,
  "newOrganisation.name": text.newOrganisationName,
  newOrganisationName: text.newOrganisationName,
  "newOrganisation.kind": text.newOrganisationKind,
  newOrganisationKind: text.newOrganisationKind,
  note: text.note,
  programmeId: text.programme,
};

/** Or a new organisation, typed here: its name and kind. */
function NewOrganisationFieldset({
  kinds,
  failure,
}: {
  kinds: readonly (typeof organisationKinds)[number][];
  failure: FormFailure | undefined;
}) {
  return (
    <fieldset className="stack">
      <legend>{text.orCreate}</legend>
      <Field
        name="newOrganisationName"
        label={text.newOrganisationName}
        defaultValue={failure?.values.newOrganisationName}
        error={failure?.fields.newOrganisationName}
      />
      <SelectField
        name="newOrganisationKind"
        label={text.newOrganisationKind}
        placeholder="—"
        options={kinds.map((kind) => ({ value: kind, label: fr.organisations.kinds[kind] }))}
        defaultValue={failure?.values.newOrganisationKind}
        error={failure?.fields.newOrganisationKind}
      />
    </fieldset>
  );
}

/**
 * Adds a partner to an initiative: a role, and an organisation or a contact from the Fabrique's
 * directory, or a new organisation typed here. A failed post keeps what was typed.
 */
export function AddPartnerForm({
  roles,
  kinds,
  directory,
  here,
  formKey,
  failure: addFailure,
}: {
  roles: readonly (typeof partnerRoles)[number][];
  kinds: readonly (typeof organisationKinds)[number][];
  directory: {
    organisations: readonly { id: string; name: string }[];
    contacts: readonly { id: string; name: string; organisationName: string | null }[];
  };
  here: string;
  /** Changes after each successful post, so the form starts empty again. */
  formKey: string;
  failure: FormFailure | undefined;
}) {
  const added = addFailure?.values ?? {};
  return (
    <Form
      key={formKey}
      method="post"
      noValidate
      className="card stack"
      aria-labelledby="ajout-titre"
      action={here}
    >
      <h3 id="ajout-titre">{text.add}</h3>
      <ErrorSummary failure={addFailure} labels={partnerFieldLabels} />
      <CsrfInput />
      <input type="hidden" name="intent" value="add" />
      <SelectField
        name="role"
        label={text.role}
        required
        placeholder="—"
        options={roles.map((role) => ({ value: role, label: fr.initiatives.partnerRoles[role] }))}
        defaultValue={added.role}
        error={addFailure?.fields.role}
      />
      <SelectField
        name="organisationId"
        label={text.organisation}
        placeholder={text.chooseNone}
        options={directory.organisations.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={added.organisationId}
        error={addFailure?.fields.organisationId}
      />
      <SelectField
        name="contactId"
        label={text.contact}
        placeholder={text.chooseNone}
        options={directory.contacts.map((c) => ({
          value: c.id,
          label: c.organisationName ? `${c.name} (${c.organisationName})` : c.name,
        }))}
        defaultValue={added.contactId}
        error={addFailure?.fields.contactId}
      />
      <NewOrganisationFieldset kinds={kinds} failure={addFailure} />
      <Field
        name="note"
        label={text.note}
        multiline
        defaultValue={added.note}
        error={addFailure?.fields.note}
      />
      <button type="submit" className="button">
        {text.addButton}
      </button>
    </Form>
  );
}
