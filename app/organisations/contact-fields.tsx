import { fr } from "../../shared/i18n/fr";
import { Field, type FormValues } from "../ui/form";

const text = fr.organisations.contact;

/** The fields of a contact (person) of the directory. */
export function ContactFields({ values, errors }: { values: FormValues; errors: Record<string, string> }) {
  return (
    <>
      <Field
        name="name"
        label={text.name}
        required
        autoComplete="off"
        defaultValue={values.name}
        error={errors.name}
      />
      <Field name="jobTitle" label={text.jobTitle} defaultValue={values.jobTitle} error={errors.jobTitle} />
      <Field
        name="email"
        label={text.email}
        type="email"
        autoComplete="off"
        defaultValue={values.email}
        error={errors.email}
      />
      <Field name="phone" label={text.phone} type="tel" defaultValue={values.phone} error={errors.phone} />
      <Field name="notes" label={text.notes} multiline defaultValue={values.notes} error={errors.notes} />
    </>
  );
}

export const contactLabels = {
  name: text.name,
  jobTitle: text.jobTitle,
  email: text.email,
  phone: text.phone,
  notes: text.notes,
  organisationId: fr.organisations.partners.organisation,
  confirm: fr.organisations.detail.deleteContactConfirm,
};
