import type { OrganisationKind, SiaeKind } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import {
  Field,
  FieldMessages,
  type FormValues,
  textFields,
  textValue,
  useFieldDescription,
} from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";

const labels = fr.organisations.fields;
const help = fr.organisations.help;

type Values = FormValues;

/** One checkbox with its error linked by `aria-describedby` and the same `champ-…` id as `Field`. */
export function CheckboxField({
  name,
  label,
  checked,
  error,
  help: helpText,
}: {
  name: string;
  label: string;
  checked: boolean;
  error?: string;
  help?: string;
}) {
  const { id, helpId, errorId, describedBy } = useFieldDescription(name, { help: helpText, error });
  return (
    // Not `.field`: its full-width input rule would stretch the box.
    <div className={error ? "field--error" : undefined}>
      <FieldMessages help={helpText} helpId={helpId} error={error} errorId={errorId} />
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

/** The approvals: ESUS until when, the SIAE kind, adapted enterprise. */
function AgrementsFieldset({
  values,
  errors,
  siaeKinds,
}: {
  values: Values;
  errors: Record<string, string>;
  siaeKinds: readonly SiaeKind[];
}) {
  return (
    <fieldset className="stack">
      <legend>{fr.organisations.form.agrements}</legend>
      <Field
        name="esusUntil"
        label={labels.esusUntil}
        type="date"
        defaultValue={values.esusUntil}
        error={errors.esusUntil}
        help={help.esusUntil}
      />
      <SelectField
        name="siaeKind"
        label={labels.siaeKind}
        placeholder={fr.organisations.detail.none}
        options={siaeKinds.map((value) => ({ value, label: fr.organisations.siaeKinds[value] }))}
        defaultValue={values.siaeKind}
        error={errors.siaeKind}
      />
      <CheckboxField
        name="adaptedEnterprise"
        label={labels.adaptedEnterprise}
        checked={textValue(values.adaptedEnterprise) === "on"}
        error={errors.adaptedEnterprise}
      />
    </fieldset>
  );
}

/**
 * The fields of an organisation (`/acteurs/nouveau` and its edit page). The kinds are passed in
 * from the loader so the schema's lists stay on the server's side of the bundle.
 */
export function OrganisationFields({
  values,
  errors,
  kinds,
  siaeKinds,
  ownCard = false,
}: {
  values: Values;
  errors: Record<string, string>;
  kinds: readonly OrganisationKind[];
  siaeKinds: readonly SiaeKind[];
  /** The carrier's own card: without the Fabrique's fields (kind, notes). */
  ownCard?: boolean;
}) {
  const textField = textFields(labels, values, errors);
  const field = (name: keyof typeof labels, extra: Parameters<typeof textField>[1] = {}) =>
    textField(name, { help: name in help ? help[name as keyof typeof help] : undefined, ...extra });
  return (
    <>
      <fieldset className="stack">
        <legend>{fr.organisations.form.identity}</legend>
        {field("name", { required: true, autoComplete: "organization" })}
        {ownCard ? null : (
          <SelectField
            name="kind"
            label={labels.kind}
            required
            placeholder="—"
            options={kinds.map((value) => ({ value, label: fr.organisations.kinds[value] }))}
            defaultValue={values.kind}
            error={errors.kind}
          />
        )}
        {field("siren", { inputMode: "numeric" })}
        {field("siret", { inputMode: "numeric" })}
        {field("legalForm")}
        <div id="champ-territory">
          <TerritoryCombobox
            mode="field"
            name="territory"
            label={labels.territory}
            help={help.territory}
            defaultValue={textValue(values.territory) ?? ""}
            defaultQuery={textValue(values.territoryQuery) ?? ""}
            error={errors.territory}
          />
        </div>
      </fieldset>
      <AgrementsFieldset values={values} errors={errors} siaeKinds={siaeKinds} />
      <fieldset className="stack">
        <legend>{fr.organisations.form.contactDetails}</legend>
        {field("website", { type: "url", autoComplete: "url" })}
        {field("email", { type: "email", autoComplete: "email" })}
        {field("phone", { type: "tel", autoComplete: "tel" })}
        {ownCard ? null : field("notes", { multiline: true })}
      </fieldset>
    </>
  );
}
