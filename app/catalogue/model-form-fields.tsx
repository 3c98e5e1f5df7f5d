import { legalForms, replicationTypes } from "../../shared/codes/catalogue";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import { listValue, textFields, textValue } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { CheckboxGroup, PublicCheckboxes, ThemeCheckboxes } from "./checkbox-group";

const text = fr.catalogue.form;
const labels = text.labels;

type Values = Record<string, string | string[]>;

type FieldsProps = {
  values: Values;
  errors: Record<string, string>;
  themes: readonly { code: string; label: string }[];
};

/** What the model does: title, summary, description, themes, publics, tags, origin, presence, contact. */
function ModelWhatFieldset({ values, errors, themes }: FieldsProps) {
  const field = textFields(labels, values, errors);
  return (
    <fieldset className="stack">
      <legend>{text.sections.what}</legend>
      {field("title", { required: true })}
      {field("summary", { required: true, help: text.help.summary })}
      {field("description", { required: true, multiline: true, help: text.help.description })}
      <ThemeCheckboxes legend={labels.themes} themes={themes} values={values} errors={errors} required />
      <PublicCheckboxes legend={labels.publics} values={values} errors={errors} />
      {field("tags", { help: text.help.tags })}
      {field("originOrganisation")}
      <TerritoryCombobox
        mode="field"
        name="originTerritory"
        label={labels.originTerritory}
        help={text.help.originTerritory}
        defaultValue={textValue(values.originTerritory) ?? ""}
        defaultQuery={textValue(values.originTerritoryQuery) ?? ""}
        kinds="region,departement,epci,commune"
        error={errors.originTerritory}
      />
      {field("presence")}
      {field("contact")}
    </fieldset>
  );
}

/**
 * A model's fields, as the proposal and edit forms show them: what it does, its economics, how
 * it replicates, its sources. `values` is what was typed (after a refusal) or what is stored.
 */
export function ModelFormFields({
  values,
  errors,
  themes,
}: {
  values: Values;
  errors: Record<string, string>;
  themes: readonly { code: string; label: string }[];
}) {
  const field = textFields(labels, values, errors);
  return (
    <>
      <ModelWhatFieldset values={values} errors={errors} themes={themes} />
      <fieldset className="stack">
        <legend>{text.sections.economics}</legend>
        {field("revenueMix", { multiline: true })}
        {field("typicalBudgetEuros", { inputMode: "decimal", help: text.help.amount })}
        {field("investmentEuros", { inputMode: "decimal", help: text.help.amount })}
        {field("jobsFte", { inputMode: "decimal", help: text.help.fte })}
        {field("insertionJobsFte", { inputMode: "decimal", help: text.help.fte })}
        {field("disabilityJobsFte", { inputMode: "decimal", help: text.help.fte })}
        {field("premises")}
      </fieldset>

      <fieldset className="stack">
        <legend>{text.sections.replication}</legend>
        <SelectField
          name="replicationType"
          label={labels.replicationType}
          options={replicationTypes.map((r) => ({ value: r, label: fr.catalogue.replicationTypes[r] }))}
          placeholder={text.noReplicationType}
          defaultValue={textValue(values.replicationType)}
          error={errors.replicationType}
        />
        <CheckboxGroup
          name="legalForms"
          legend={labels.legalForms}
          options={legalForms.map((l) => ({ value: l, label: fr.catalogue.legalForms[l] }))}
          checked={listValue(values.legalForms)}
          error={errors.legalForms}
        />
        {field("prerequisites", { multiline: true })}
      </fieldset>

      <fieldset className="stack">
        <legend>{text.sections.sources}</legend>
        {field("sourceUrls", { multiline: true, help: text.help.sourceUrls })}
      </fieldset>
    </>
  );
}
