import { Form } from "react-router";
import { SUBMITTER_DATA_RETENTION_YEARS, submitterTypes } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { ThemeCheckboxes } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, type FormFailure, type FormValues, textFields, textValue } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { ConsentBox } from "./consent-box";
import { RadioGroup } from "./radio-group";

const text = fr.signals.public;
export const publicSignalLabels = { ...fr.signals.fields, _: fr.signals.fields.consent };
/** The order the public reads the kinds in: the most frequent first. */
const publicKindOrder = ["need", "idea", "resource", "replication", "territory"] as const;

type Typed = { values: FormValues; errors: Record<string, string> };

/** What the person reports: title, description, territory (a campaign's first) and themes. */
function WhatFieldset({
  values,
  errors,
  themes,
  territory,
}: Typed & {
  themes: { code: string; label: string }[];
  territory: { value: string; name: string } | undefined;
}) {
  const field = textFields(publicSignalLabels, values, errors);
  return (
    <fieldset className="stack">
      <legend>{text.sections.what}</legend>
      {field("title", { required: true, help: text.help.title })}
      {field("description", { required: true, multiline: true, help: text.help.description })}
      <TerritoryCombobox
        mode="field"
        name="territory"
        label={publicSignalLabels.territory}
        help={text.help.territory}
        defaultValue={textValue(values.territory) ?? territory?.value ?? ""}
        defaultQuery={textValue(values.territoryQuery) ?? territory?.name ?? ""}
        kinds="commune,epci,departement,region,qpv"
        error={errors.territory}
      />
      <ThemeCheckboxes
        legend={publicSignalLabels.themes}
        themes={themes}
        values={values}
        errors={errors}
        required
      />
    </fieldset>
  );
}

/** Who reports it, and the honeypot field a person never sees. */
function WhoFieldset({ values, errors }: Typed) {
  const field = textFields(publicSignalLabels, values, errors);
  return (
    <fieldset className="stack">
      <legend>{text.sections.who}</legend>
      <SelectField
        name="submitterType"
        label={publicSignalLabels.submitterType}
        options={submitterTypes.map((type) => ({ value: type, label: fr.signals.submitterTypes[type] }))}
        placeholder={fr.signals.form.choose}
        required
        defaultValue={textValue(values.submitterType)}
        error={errors.submitterType}
      />
      {field("submitterName", { required: true, autoComplete: "name" })}
      {field("submitterEmail", {
        required: true,
        type: "email",
        autoComplete: "email",
        help: text.help.submitterEmail,
      })}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="champ-website">{text.honeypot}</label>
        <input id="champ-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
    </fieldset>
  );
}

/**
 * The public signal form of a Fabrique (no account), shared by its "Proposer" page and its
 * campaigns' pages: the same fields, the same spam defences (signed time stamp, honeypot), the
 * same consent. The action is `submitPublicSignal`.
 */
export function PublicSignalForm({
  fabrique,
  themes,
  stamp,
  failure,
  territory,
}: {
  fabrique: { name: string; contactEmail: string | null };
  themes: { code: string; label: string }[];
  stamp: string;
  failure: FormFailure | undefined;
  /** The territory first proposed (a campaign's), which the person may change. */
  territory?: { value: string; name: string };
}) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const contact = fabrique.contactEmail ? ` (${fabrique.contactEmail})` : "";
  return (
    <>
      <ErrorSummary failure={failure} labels={publicSignalLabels} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="stamp" value={textValue(values.stamp) ?? stamp} />
        <RadioGroup
          name="kind"
          legend={text.sections.kind}
          options={publicKindOrder.map((kind) => ({
            value: kind,
            label: fr.signals.publicKinds[kind],
            help: fr.signals.publicKindHelp[kind],
          }))}
          checked={textValue(values.kind)}
          error={errors.kind}
          required
        />
        {/* After a failure, what the person typed wins over the campaign's territory, even empty. */}
        <WhatFieldset
          values={values}
          errors={errors}
          themes={themes}
          territory={failure ? undefined : territory}
        />
        <WhoFieldset values={values} errors={errors} />
        <section aria-labelledby="donnees-titre" className="card">
          <h2 id="donnees-titre">{text.privacyTitle}</h2>
          <p>
            {t(text.privacy, { fabrique: fabrique.name, contact, years: SUBMITTER_DATA_RETENTION_YEARS })}
          </p>
          <ConsentBox
            label={t(text.consentLabel, { fabrique: fabrique.name })}
            checked={values.consent === "oui"}
            error={errors.consent}
          />
        </section>
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </>
  );
}
