import { Form } from "react-router";
import { callAgrements, callLegalForms, callOfferItems, callQuestionKinds } from "../../shared/codes/calls";
import { fr } from "../../shared/i18n/fr";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues, listValue } from "../ui/form";

const text = fr.calls.team;
export const callFormLabels: Record<string, string> = { ...text.fields };

type Typed = { values: FormValues; errors: Record<string, string> };

/** The call's public text, eligibility and deadline. */
function CallFieldset({ values, errors }: Typed) {
  const field = (name: keyof typeof text.fields, extra: { required?: boolean; multiline?: boolean } = {}) => (
    <Field
      name={name}
      label={text.fields[name]}
      defaultValue={values[name]}
      error={errors[name]}
      {...extra}
    />
  );
  const boxes = (name: "offerItems" | "legalForms" | "agrements", labels: Record<string, string>) => (
    <CheckboxGroup
      name={name}
      legend={text.fields[name]}
      options={Object.entries(labels).map(([value, label]) => ({ value, label }))}
      checked={listValue(values[name])}
      error={errors[name]}
    />
  );
  return (
    <fieldset className="stack">
      <legend>{text.newTitle}</legend>
      {field("title", { required: true })}
      {field("summary", { multiline: true })}
      {boxes("offerItems", pick(fr.calls.offerItems, callOfferItems))}
      {field("offer", { multiline: true })}
      {field("expectations", { multiline: true })}
      {boxes("legalForms", pick(fr.calls.legalForms, callLegalForms))}
      {boxes("agrements", pick(fr.calls.agrements, callAgrements))}
      {field("deadlineDate", { required: true })}
      {field("deadlineTime", { required: true })}
    </fieldset>
  );
}

function pick(labels: Record<string, string>, codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [code, labels[code] ?? code]));
}

/** One question of the application form and one criterion of the grid (more come with editing). */
function GridFieldset({ values, errors }: Typed) {
  return (
    <>
      <fieldset className="stack">
        <legend>{text.question}</legend>
        <Field
          name="questionLabel"
          label={text.fields.questionLabel}
          defaultValue={values.questionLabel}
          error={errors.questionLabel}
        />
        <SelectField
          name="questionKind"
          label={text.fields.questionKind}
          options={callQuestionKinds.map((value) => ({ value, label: fr.calls.questionKinds[value] }))}
          defaultValue={values.questionKind ?? "text"}
          error={errors.questionKind}
        />
        <Field
          name="questionChoices"
          label={text.fields.questionChoices}
          multiline
          defaultValue={values.questionChoices}
          error={errors.questionChoices}
        />
        <div className="choice">
          <input
            type="checkbox"
            id="champ-questionRequired"
            name="questionRequired"
            value="on"
            defaultChecked={listValue(values.questionRequired).includes("on")}
          />
          <label htmlFor="champ-questionRequired">{text.fields.questionRequired}</label>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>{text.criterion}</legend>
        {(["criterionLabel", "criterionWeight", "criterionScaleMax"] as const).map((name) => (
          <Field
            key={name}
            name={name}
            label={text.fields[name]}
            required
            inputMode={name === "criterionLabel" ? undefined : "numeric"}
            defaultValue={values[name]}
            error={errors[name]}
          />
        ))}
      </fieldset>
    </>
  );
}

/** The team's form to open a call and publish it at once (editing a draft comes later). */
export function CallForm({ failure }: { failure: FormFailure | undefined }) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary failure={failure} labels={callFormLabels} />
      <CallFieldset values={values} errors={errors} />
      <GridFieldset values={values} errors={errors} />
      <Field
        name="jurorEmails"
        label={text.fields.jurorEmails}
        multiline
        defaultValue={values.jurorEmails}
        error={errors.jurorEmails}
      />
      <div className="actions">
        <button type="submit" className="button">
          {text.publish}
        </button>
      </div>
    </Form>
  );
}
