import type { ThemeOption } from "../../server/catalogue/list-themes";
import { signalChannels, signalKinds } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { PublicCheckboxes, ThemeCheckboxes } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { type FormValues, textFields, textValue } from "../ui/form";
import type { PostedForm } from "../ui/page-form";
import { TerritoryCombobox } from "../ui/territory-combobox";

const labels = fr.signals.fields;

/** The fields a team member fills in to record or edit a signal (`/signaux/nouveau`, edit). */
export function SignalFields({
  values,
  errors,
  themes,
}: {
  values: FormValues;
  errors: Record<string, string>;
  themes: readonly ThemeOption[];
}) {
  const field = textFields(labels, values, errors);
  return (
    <>
      <fieldset className="stack">
        <legend>{fr.signals.form.sections.what}</legend>
        <SelectField
          name="kind"
          label={labels.kind}
          options={signalKinds.map((kind) => ({ value: kind, label: fr.signals.kinds[kind] }))}
          placeholder={fr.signals.form.choose}
          required
          defaultValue={textValue(values.kind)}
          error={errors.kind}
        />
        {field("title", { required: true })}
        {field("description", { required: true, multiline: true })}
        <TerritoryCombobox
          mode="field"
          name="territory"
          label={labels.territory}
          help={fr.signals.public.help.territory}
          defaultValue={textValue(values.territory) ?? ""}
          defaultQuery={textValue(values.territoryQuery) ?? ""}
          error={errors.territory}
        />
        <ThemeCheckboxes legend={labels.themes} themes={themes} values={values} errors={errors} />
        <PublicCheckboxes legend={labels.publics} values={values} errors={errors} />
      </fieldset>
      <fieldset className="stack">
        <legend>{fr.signals.form.sections.source}</legend>
        <SelectField
          name="channel"
          label={labels.channel}
          options={signalChannels.map((channel) => ({ value: channel, label: fr.signals.channels[channel] }))}
          placeholder={fr.signals.form.choose}
          required
          defaultValue={textValue(values.channel)}
          error={errors.channel}
        />
        {field("sourceOrganisation")}
        {field("sourcePerson")}
        {field("evidence", { multiline: true })}
      </fieldset>
    </>
  );
}

/** The signal's nested field names (`submitter.email`) as the form's (`submitterEmail`). */
export const submitterFieldNames = {
  "submitter.name": "submitterName",
  "submitter.email": "submitterEmail",
  "submitter.type": "submitterType",
};

/** A form post's values as the service input: lists stay lists, the territory is resolved before. */
export function signalFormInput(form: PostedForm, territory: { kind: string; code: string } | null) {
  const posted = (key: string) => (key in form.values ? form.text(key) : undefined);
  return {
    kind: posted("kind"),
    title: posted("title"),
    description: posted("description"),
    territory: territory ?? undefined,
    themes: form.list("themes"),
    publics: form.list("publics"),
    channel: form.optional("channel"),
    sourceOrganisation: posted("sourceOrganisation"),
    sourcePerson: posted("sourcePerson"),
    evidence: posted("evidence"),
  };
}
