import { fr } from "../../shared/i18n/fr";
import { Field, textValue } from "../ui/form";
import { SelectField } from "./select-field";

const labels = fr.network.fields;

/** The details of a Fabrique shared by the creation and the edit forms (name and slug aside). */
export function FabriqueFields({
  regions,
  values,
  errors,
}: {
  regions: { code: string; name: string }[];
  values: Record<string, string | string[] | null | undefined>;
  errors: Record<string, string>;
}) {
  const value = (name: string) => textValue(values[name] ?? undefined);
  return (
    <>
      <Field
        name="carryingStructure"
        label={labels.carryingStructure}
        help={labels.carryingStructureHelp}
        defaultValue={value("carryingStructure")}
        error={errors.carryingStructure}
      />
      <SelectField
        name="regionCode"
        label={labels.regionCode}
        help={labels.regionHelp}
        required
        placeholder={labels.regionNone}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
        defaultValue={value("regionCode")}
        error={errors.regionCode}
      />
      <Field
        name="description"
        label={labels.description}
        help={labels.descriptionHelp}
        multiline
        defaultValue={value("description")}
        error={errors.description}
      />
      <Field
        name="contactEmail"
        label={labels.contactEmail}
        help={labels.contactEmailHelp}
        type="email"
        autoComplete="off"
        defaultValue={value("contactEmail")}
        error={errors.contactEmail}
      />
    </>
  );
}
