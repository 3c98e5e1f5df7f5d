import type { ParticipantChoices } from "../../server/meetings/meeting-access";
import { meetingKinds } from "../../shared/codes/meetings";
import { fr } from "../../shared/i18n/fr";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { Field, listValue, textValue } from "../ui/form";

const text = fr.meetings;

export type MeetingFormValues = Record<string, string | string[]>;

/** The fields of a meeting, shared by the "plan" and "edit" pages. */
export function MeetingFields({
  values,
  errors,
  choices,
}: {
  values: MeetingFormValues;
  errors: Record<string, string>;
  choices: ParticipantChoices;
}) {
  const checked = listValue(values.participants);
  const group = (prefix: string, items: ParticipantChoices["users"]) =>
    items.map((c) => ({ value: `${prefix}:${c.id}`, label: c.detail ? `${c.name} (${c.detail})` : c.name }));
  return (
    <>
      <SelectField
        name="kind"
        label={text.fields.kind}
        required
        placeholder="—"
        options={meetingKinds.map((value) => ({ value, label: text.kinds[value] }))}
        defaultValue={textValue(values.kind)}
        error={errors.kind}
      />
      <Field
        name="title"
        label={text.fields.title}
        required
        defaultValue={textValue(values.title)}
        error={errors.title}
      />
      <Field
        name="date"
        label={text.fields.date}
        required
        help={text.help.date}
        inputMode="numeric"
        defaultValue={textValue(values.date)}
        error={errors.date}
      />
      <Field
        name="startTime"
        label={text.fields.startTime}
        required
        help={text.help.time}
        defaultValue={textValue(values.startTime)}
        error={errors.startTime}
      />
      <Field
        name="endTime"
        label={text.fields.endTime}
        required
        help={text.help.time}
        defaultValue={textValue(values.endTime)}
        error={errors.endTime}
      />
      <Field
        name="place"
        label={text.fields.place}
        defaultValue={textValue(values.place)}
        error={errors.place}
      />
      <Field
        name="publicHeadcount"
        label={text.fields.publicHeadcount}
        help={text.help.publicHeadcount}
        inputMode="numeric"
        defaultValue={textValue(values.publicHeadcount)}
        error={errors.publicHeadcount}
      />
      <fieldset className="stack" id="champ-participants">
        <legend>{text.fields.participants}</legend>
        <p className="field__help">{text.help.participants}</p>
        {errors.participants ? <p className="field__error">{errors.participants}</p> : null}
        {choices.users.length ? (
          <CheckboxGroup
            name="participants"
            legend={text.groups.users}
            options={group("user", choices.users)}
            checked={checked}
          />
        ) : null}
        {choices.organisations.length ? (
          <CheckboxGroup
            name="participants"
            legend={text.groups.organisations}
            options={group("organisation", choices.organisations)}
            checked={checked}
          />
        ) : null}
        {choices.contacts.length ? (
          <CheckboxGroup
            name="participants"
            legend={text.groups.contacts}
            options={group("contact", choices.contacts)}
            checked={checked}
          />
        ) : null}
      </fieldset>
      <Field
        name="minutes"
        label={text.fields.minutes}
        help={text.help.minutes}
        multiline
        defaultValue={textValue(values.minutes)}
        error={errors.minutes}
      />
    </>
  );
}
