import type { ThemeOption } from "../../server/catalogue/list-themes";
import { entryPoints } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { CheckboxGroup, PublicCheckboxes, ThemeCheckboxes } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { type Field, listValue, textFields, textValue } from "../ui/form";
import type { PostedForm } from "../ui/page-form";
import { TerritoryCombobox } from "../ui/territory-combobox";

const labels = fr.initiatives.fields;

export type InitiativeFormOptions = {
  themes: readonly ThemeOption[];
  officers: readonly { id: string; name: string }[];
  organisations: readonly { id: string; name: string }[];
  programmes?: readonly { id: string; name: string }[];
};

type FieldsProps = {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  options: InitiativeFormOptions;
  mode: "create" | "edit";
  showPrivateNotes: boolean;
};

const textField = (
  { values, errors }: Pick<FieldsProps, "values" | "errors">,
  name: keyof typeof labels,
  extra: Partial<React.ComponentProps<typeof Field>> = {},
) => textFields(labels, values, errors)(name, extra);

/** What the initiative is: title, summary, description, entry point (at creation), territory, themes, publics. */
function WhatFieldset(props: FieldsProps) {
  const { values, errors, options, mode } = props;
  return (
    <fieldset className="stack">
      <legend>{fr.initiatives.form.sections.what}</legend>
      {textField(props, "title", { required: true })}
      {textField(props, "summary", { help: fr.initiatives.form.help.summary })}
      {textField(props, "description", { multiline: true })}
      {mode === "create" ? (
        <SelectField
          name="entryPoint"
          label={labels.entryPoint}
          options={entryPoints.map((value) => ({ value, label: fr.initiatives.entryPoints[value] }))}
          placeholder={fr.initiatives.form.choose}
          required
          defaultValue={textValue(values.entryPoint)}
          error={errors.entryPoint}
        />
      ) : null}
      <TerritoryCombobox
        mode="field"
        name="territory"
        label={labels.territory}
        defaultValue={textValue(values.territory) ?? ""}
        defaultQuery={textValue(values.territoryQuery) ?? ""}
        error={errors.territory}
      />
      <ThemeCheckboxes legend={labels.themes} themes={options.themes} values={values} errors={errors} />
      <PublicCheckboxes legend={labels.publics} values={values} errors={errors} />
    </fieldset>
  );
}

/** Who carries it: the officer, the commissioner, the programmes (at creation), the team's private notes. */
function WhoFieldset(props: FieldsProps) {
  const { values, errors, options, mode, showPrivateNotes } = props;
  return (
    <fieldset className="stack">
      <legend>{fr.initiatives.form.sections.who}</legend>
      <SelectField
        name="officerUserId"
        label={labels.officerUserId}
        options={options.officers.map((o) => ({ value: o.id, label: o.name }))}
        placeholder={fr.initiatives.form.none}
        defaultValue={textValue(values.officerUserId)}
        error={errors.officerUserId}
      />
      {options.organisations.length ? (
        <SelectField
          name="commissionerOrganisationId"
          label={labels.commissionerOrganisationId}
          help={fr.initiatives.form.help.commissioner}
          options={options.organisations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={fr.initiatives.form.none}
          defaultValue={textValue(values.commissionerOrganisationId)}
          error={errors.commissionerOrganisationId}
        />
      ) : (
        <p className="muted">{fr.initiatives.form.help.noOrganisation}</p>
      )}
      {mode === "create" && options.programmes?.length ? (
        <CheckboxGroup
          name="programmeIds"
          legend={labels.programmeIds}
          options={options.programmes.map((p) => ({ value: p.id, label: p.name }))}
          checked={listValue(values.programmeIds)}
          error={errors.programmeIds}
        />
      ) : null}
      {showPrivateNotes
        ? textField(props, "privateNotes", { multiline: true, help: fr.initiatives.form.help.privateNotes })
        : null}
    </fieldset>
  );
}

/**
 * The fields of an initiative, shared by the creation and edit pages. `mode` tells which: the
 * entry point and programmes are chosen at creation; private notes are edited by the team.
 */
export function InitiativeFields(props: FieldsProps) {
  return (
    <>
      <WhatFieldset {...props} />
      <WhoFieldset {...props} />
    </>
  );
}

/** A form post's values as the service input; the territory is resolved before. */
export function initiativeFormInput(form: PostedForm, territory: { kind: string; code: string } | null) {
  const posted = (key: string) => (key in form.values ? form.text(key) : undefined);
  return {
    title: posted("title"),
    summary: form.text("summary"),
    description: form.text("description"),
    territory: territory ?? undefined,
    themes: form.list("themes"),
    publics: form.list("publics"),
    officerUserId: posted("officerUserId") ?? null,
    commissionerOrganisationId: posted("commissionerOrganisationId") ?? null,
  };
}
