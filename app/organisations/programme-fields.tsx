import { fr } from "../../shared/i18n/fr";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { Field } from "../ui/form";

const labels = fr.organisations.programmes.fields;

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const many = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The fields of a programme (`/programmes/nouveau` and its edit page). */
export function ProgrammeFields({
  values,
  errors,
  funders,
  themes,
  fabriques,
}: {
  values: Values;
  errors: Record<string, string>;
  funders: { id: string; name: string }[];
  themes: { code: string; label: string }[];
  fabriques?: { id: string; name: string }[];
}) {
  return (
    <>
      {fabriques && fabriques.length > 1 ? (
        <SelectField
          name="fabriqueId"
          label={labels.fabriqueId}
          required
          placeholder="—"
          options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
          defaultValue={one(values.fabriqueId)}
          error={errors.fabriqueId}
        />
      ) : null}
      <Field name="name" label={labels.name} required defaultValue={one(values.name)} error={errors.name} />
      <SelectField
        name="funderOrganisationId"
        label={labels.funderOrganisationId}
        help={fr.organisations.programmes.funderHelp}
        placeholder={fr.organisations.programmes.noFunder}
        options={funders.map((f) => ({ value: f.id, label: f.name }))}
        defaultValue={one(values.funderOrganisationId)}
        error={errors.funderOrganisationId}
      />
      <Field
        name="amount"
        label={labels.amount}
        inputMode="decimal"
        defaultValue={one(values.amount)}
        error={errors.amount}
      />
      <Field
        name="startsOn"
        label={labels.startsOn}
        type="date"
        defaultValue={one(values.startsOn)}
        error={errors.startsOn}
      />
      <Field
        name="endsOn"
        label={labels.endsOn}
        type="date"
        defaultValue={one(values.endsOn)}
        error={errors.endsOn}
      />
      <Field
        name="description"
        label={labels.description}
        multiline
        defaultValue={one(values.description)}
        error={errors.description}
      />
      <CheckboxGroup
        name="themes"
        legend={labels.themes}
        options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
        checked={many(values.themes)}
        error={errors.themes}
      />
    </>
  );
}

/** Amount in cents → what the field shows ("25000,5"), so an edit round-trips. */
export const amountFieldValue = (cents: number | null) =>
  cents === null ? "" : (cents / 100).toString().replace(".", ",");
