import { Form } from "react-router";
import { submitterTypes } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, listValue, textValue } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { RadioGroup } from "./radio-group";

const text = fr.signals.public;
export const publicSignalLabels = { ...fr.signals.fields, _: fr.signals.fields.consent };
/** The order the public reads the kinds in: the most frequent first. */
const publicKindOrder = ["need", "idea", "resource", "replication", "territory"] as const;

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
  const labels = publicSignalLabels;
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const field = (name: keyof typeof labels, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field
      name={name}
      label={labels[name]}
      defaultValue={textValue(values[name])}
      error={errors[name]}
      {...extra}
    />
  );
  const contact = fabrique.contactEmail ? ` (${fabrique.contactEmail})` : "";
  return (
    <>
      <ErrorSummary failure={failure} labels={labels} />
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
        <fieldset className="stack">
          <legend>{text.sections.what}</legend>
          {field("title", { required: true, help: text.help.title })}
          {field("description", { required: true, multiline: true, help: text.help.description })}
          <TerritoryCombobox
            mode="field"
            name="territory"
            label={labels.territory}
            help={text.help.territory}
            defaultValue={textValue(values.territory) ?? (failure ? "" : (territory?.value ?? ""))}
            defaultQuery={textValue(values.territoryQuery) ?? (failure ? "" : (territory?.name ?? ""))}
            kinds="commune,epci,departement,region,qpv"
            error={errors.territory}
          />
          <CheckboxGroup
            name="themes"
            legend={labels.themes}
            options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
            checked={listValue(values.themes)}
            error={errors.themes}
            required
          />
        </fieldset>
        <fieldset className="stack">
          <legend>{text.sections.who}</legend>
          <SelectField
            name="submitterType"
            label={labels.submitterType}
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
        <section aria-labelledby="donnees-titre" className="card">
          <h2 id="donnees-titre">{text.privacyTitle}</h2>
          <p>{t(text.privacy, { fabrique: fabrique.name, contact })}</p>
          <div id="champ-consent" className={`choice${errors.consent ? " field--error" : ""}`}>
            <input
              type="checkbox"
              id="champ-consent-case"
              name="consent"
              value="oui"
              defaultChecked={values.consent === "oui"}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? "champ-consent-erreur" : undefined}
            />
            <label htmlFor="champ-consent-case">{t(text.consentLabel, { fabrique: fabrique.name })}</label>
          </div>
          {errors.consent ? (
            <p className="field__error" id="champ-consent-erreur">
              {errors.consent}
            </p>
          ) : null}
        </section>
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </>
  );
}
