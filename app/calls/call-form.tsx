import { Form } from "react-router";
import { callAgrements, callLegalForms, callOfferItems, callQuestionKinds } from "../../shared/codes/calls";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues, listValue } from "../ui/form";
import { criterionField, questionField } from "./call-input";

const text = fr.calls.team;

/** The summary's label of each field, rows included (`questions.1.label` → « Question posée (2) »). */
export function callFormLabels(rows: { questions: number; criteria: number }): Record<string, string> {
  const labels: Record<string, string> = { ...text.fields };
  for (let i = 0; i < rows.questions; i++) {
    for (const part of ["label", "kind", "choices"] as const) {
      labels[questionField(i, part)] = `${text.fields[questionLabels[part]]} (${i + 1})`;
    }
  }
  for (let i = 0; i < rows.criteria; i++) {
    for (const part of ["label", "weight", "scaleMax"] as const) {
      labels[criterionField(i, part)] = `${text.fields[criterionLabels[part]]} (${i + 1})`;
    }
  }
  return labels;
}

const questionLabels = { label: "questionLabel", kind: "questionKind", choices: "questionChoices" } as const;
const criterionLabels = {
  label: "criterionLabel",
  weight: "criterionWeight",
  scaleMax: "criterionScaleMax",
} as const;

type Typed = { values: FormValues; errors: Record<string, string> };

/** The call's public text, eligibility and deadline. */
function CallFieldset({ values, errors, legend }: Typed & { legend: string }) {
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
      <legend>{legend}</legend>
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

/** One question of the application form; an empty label removes it. */
function QuestionFieldset({ values, errors, index, count }: Typed & { index: number; count: number }) {
  const name = (part: "label" | "kind" | "choices" | "required") => questionField(index, part);
  return (
    <fieldset className="stack">
      <legend>{count > 1 ? t(text.questionNumbered, { n: index + 1 }) : text.question}</legend>
      <Field
        name={name("label")}
        label={text.fields.questionLabel}
        defaultValue={values[name("label")]}
        error={errors[name("label")]}
      />
      <SelectField
        name={name("kind")}
        label={text.fields.questionKind}
        options={callQuestionKinds.map((value) => ({ value, label: fr.calls.questionKinds[value] }))}
        defaultValue={values[name("kind")] ?? "text"}
        error={errors[name("kind")]}
      />
      <Field
        name={name("choices")}
        label={text.fields.questionChoices}
        multiline
        defaultValue={values[name("choices")]}
        error={errors[name("choices")]}
      />
      <div className="choice">
        <input
          type="checkbox"
          id={`champ-${name("required")}`}
          name={name("required")}
          value="on"
          defaultChecked={listValue(values[name("required")]).includes("on")}
        />
        <label htmlFor={`champ-${name("required")}`}>{text.fields.questionRequired}</label>
      </div>
    </fieldset>
  );
}

/** One criterion of the jury's grid; an empty row removes it. */
function CriterionFieldset({ values, errors, index, count }: Typed & { index: number; count: number }) {
  return (
    <fieldset className="stack">
      <legend>{count > 1 ? t(text.criterionNumbered, { n: index + 1 }) : text.criterion}</legend>
      {(["label", "weight", "scaleMax"] as const).map((part) => {
        const name = criterionField(index, part);
        return (
          <Field
            key={name}
            name={name}
            label={text.fields[criterionLabels[part]]}
            required={index === 0}
            inputMode={part === "label" ? undefined : "numeric"}
            defaultValue={values[name]}
            error={errors[name]}
          />
        );
      })}
    </fieldset>
  );
}

/**
 * The team's form of a call: `rows` questions and criteria (the edit page gives one empty row
 * more than the call has). `submits` are its buttons: publish at once, or keep as a draft.
 */
export function CallForm({
  failure,
  initial = {},
  rows = { questions: 1, criteria: 1 },
  submits,
}: {
  failure: FormFailure | undefined;
  initial?: FormValues;
  rows?: { questions: number; criteria: number };
  submits: { intent: string; label: string; primary?: boolean }[];
}) {
  const values = failure?.values ?? initial;
  const errors = failure?.fields ?? {};
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary failure={failure} labels={callFormLabels(rows)} />
      <CallFieldset values={values} errors={errors} legend={text.newTitle} />
      {rows.questions > 1 || rows.criteria > 1 ? <p className="muted">{text.rowsHelp}</p> : null}
      {Array.from({ length: rows.questions }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, nothing else.
        <QuestionFieldset key={index} values={values} errors={errors} index={index} count={rows.questions} />
      ))}
      {Array.from({ length: rows.criteria }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, nothing else.
        <CriterionFieldset key={index} values={values} errors={errors} index={index} count={rows.criteria} />
      ))}
      <Field
        name="jurorEmails"
        label={text.fields.jurorEmails}
        multiline
        defaultValue={values.jurorEmails}
        error={errors.jurorEmails}
      />
      <div className="actions">
        {submits.map((submit) => (
          <button
            key={submit.intent}
            type="submit"
            name="intent"
            value={submit.intent}
            className={submit.primary ? "button" : "button button--secondary"}
          >
            {submit.label}
          </button>
        ))}
      </div>
    </Form>
  );
}
