import type { ParticipantChoices } from "../../server/meetings/meeting-access";
import { meetingKinds } from "../../shared/codes/meetings";
import { fr } from "../../shared/i18n/fr";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { listValue, textFields, textValue } from "../ui/form";

const text = fr.meetings;

export type MeetingFormValues = Record<string, string | string[]>;

/** The participants' groups, each posted as `prefix:id` under the one name `participants`. */
const participantGroups = [
  { prefix: "user", key: "users" },
  { prefix: "organisation", key: "organisations" },
  { prefix: "contact", key: "contacts" },
] as const;

/** Who takes part: the team's users, the organisations and their contacts, ticked in three groups. */
function ParticipantsFieldset({
  checked,
  error,
  choices,
}: {
  checked: string[];
  error: string | undefined;
  choices: ParticipantChoices;
}) {
  return (
    <fieldset className="stack" id="champ-participants">
      <legend>{text.fields.participants}</legend>
      <p className="field__help">{text.help.participants}</p>
      {error ? <p className="field__error">{error}</p> : null}
      {participantGroups.map(({ prefix, key }) =>
        choices[key].length ? (
          <CheckboxGroup
            key={key}
            name="participants"
            legend={text.groups[key]}
            options={choices[key].map((c) => ({
              value: `${prefix}:${c.id}`,
              label: c.detail ? `${c.name} (${c.detail})` : c.name,
            }))}
            checked={checked}
          />
        ) : null,
      )}
    </fieldset>
  );
}

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
  const field = textFields(text.fields, values, errors);
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
      {field("title", { required: true })}
      {field("date", { required: true, help: text.help.date, inputMode: "numeric" })}
      {field("startTime", { required: true, help: text.help.time })}
      {field("endTime", { required: true, help: text.help.time })}
      {field("place")}
      {field("publicHeadcount", { help: text.help.publicHeadcount, inputMode: "numeric" })}
      <ParticipantsFieldset
        checked={listValue(values.participants)}
        error={errors.participants}
        choices={choices}
      />
      {field("minutes", { help: text.help.minutes, multiline: true })}
    </>
  );
}
