import { Form } from "react-router";
import { callAgrements, callLegalForms, MAX_ATTACHMENT_BYTES } from "../../shared/codes/calls";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { RadioGroup } from "../signals/radio-group";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues, listValue, textValue } from "../ui/form";

const text = fr.calls.pages;

export type FormQuestion = {
  id: string;
  label: string;
  help: string;
  kind: "text" | "number" | "choice" | "file";
  choices: string[];
  required: boolean;
};
export type AttachedFile = { id: string; questionId: string; filename: string; sizeBytes: number };

type Typed = { values: FormValues; errors: Record<string, string> };

/** Who applies: SIREN, name, legal form, agréments, postcode. */
function IdentityFieldset({ values, errors }: Typed) {
  const labels = text.fields;
  return (
    <fieldset className="stack">
      <legend>{text.identity}</legend>
      <Field
        name="siren"
        label={labels.siren}
        required
        inputMode="numeric"
        help={text.help.siren}
        defaultValue={values.siren}
        error={errors.siren}
      />
      <Field name="name" label={labels.name} required defaultValue={values.name} error={errors.name} />
      <SelectField
        name="legalForm"
        label={labels.legalForm}
        required
        placeholder={text.help.choose}
        options={callLegalForms.map((value) => ({ value, label: fr.calls.legalForms[value] }))}
        defaultValue={values.legalForm}
        error={errors.legalForm}
      />
      <CheckboxGroup
        name="agrements"
        legend={labels.agrements}
        options={callAgrements.map((value) => ({ value, label: fr.calls.agrements[value] }))}
        checked={listValue(values.agrements)}
        error={errors.agrements}
      />
      <Field
        name="postcode"
        label={labels.postcode}
        required
        inputMode="numeric"
        autoComplete="postal-code"
        defaultValue={values.postcode}
        error={errors.postcode}
      />
    </fieldset>
  );
}

/** One question of the call's form, by its type; a file question shows the file already joined. */
function QuestionField({
  question,
  values,
  errors,
  attached,
  fileHref,
}: Typed & { question: FormQuestion; attached?: AttachedFile; fileHref?: (id: string) => string }) {
  const name = `answers.${question.id}`;
  const common = { label: question.label, required: question.required, error: errors[name] };
  if (question.kind === "choice") {
    return (
      <RadioGroup
        name={name}
        legend={question.label}
        required={question.required}
        options={question.choices.map((choice) => ({ value: choice, label: choice }))}
        checked={textValue(values[name])}
        error={errors[name]}
      />
    );
  }
  if (question.kind === "file") {
    const help = [question.help, t(text.help.file, { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 })]
      .filter(Boolean)
      .join(" ");
    return (
      <div className="stack">
        {attached ? (
          <p>
            {t(text.attached, { name: attached.filename, size: Math.ceil(attached.sizeBytes / 1024) })}
            {fileHref ? (
              <>
                {" "}
                <a href={fileHref(attached.id)} download>
                  {t(text.download, { name: attached.filename })}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <Field
          name={name}
          type="file"
          {...common}
          label={attached ? `${question.label} — ${text.replaceFile}` : question.label}
          required={false}
          help={help}
        />
      </div>
    );
  }
  return (
    <Field
      name={name}
      {...common}
      help={question.help || undefined}
      inputMode={question.kind === "number" ? "decimal" : undefined}
      multiline={question.kind === "text"}
      defaultValue={values[name]}
    />
  );
}

/** The labels the error summary names fields by. */
export function applicationLabels(questions: FormQuestion[]): Record<string, string> {
  const labels: Record<string, string> = { ...text.fields };
  for (const q of questions) labels[`answers.${q.id}`] = q.label;
  return labels;
}

/**
 * The application form of a call, posted as multipart: identity, the questions by type, the
 * contact, consent; two buttons, a draft or the application sent.
 */
export function ApplicationForm({
  questions,
  values,
  failure,
  attachments = [],
  fileHref,
  submitted = false,
  action,
}: {
  questions: FormQuestion[];
  values: FormValues;
  failure: FormFailure | undefined;
  attachments?: AttachedFile[];
  fileHref?: (id: string) => string;
  submitted?: boolean;
  /** Where the form posts (the page's own path, without its `?done=` flag). */
  action?: string;
}) {
  const errors = failure?.fields ?? {};
  const shown = failure?.values ?? values;
  return (
    <Form method="post" action={action} encType="multipart/form-data" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary failure={failure} labels={applicationLabels(questions)} />
      <IdentityFieldset values={shown} errors={errors} />
      {questions.length ? (
        <fieldset className="stack">
          <legend>{text.answersTitle}</legend>
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              values={shown}
              errors={errors}
              attached={attachments.find((a) => a.questionId === question.id)}
              fileHref={fileHref}
            />
          ))}
        </fieldset>
      ) : null}
      <ContactFieldset values={shown} errors={errors} />
      <div className="actions">
        {submitted ? null : (
          <button type="submit" name="submit" value="" className="button button--secondary">
            {text.saveDraft}
          </button>
        )}
        <button type="submit" name="submit" value="on" className="button">
          {submitted ? fr.common.save : text.submit}
        </button>
      </div>
    </Form>
  );
}

/** Who to write to, the consent and the wish to stay known for other calls. */
function ContactFieldset({ values, errors }: Typed) {
  const labels = text.fields;
  return (
    <fieldset className="stack">
      <legend>{text.contact}</legend>
      <Field
        name="contactName"
        label={labels.contactName}
        required
        autoComplete="name"
        defaultValue={values.contactName}
        error={errors.contactName}
      />
      <Field
        name="contactEmail"
        label={labels.contactEmail}
        type="email"
        required
        autoComplete="email"
        defaultValue={values.contactEmail}
        error={errors.contactEmail}
      />
      <div id="champ-consent" className={`choice${errors.consent ? " field--error" : ""}`}>
        <input
          type="checkbox"
          id="champ-consent-case"
          name="consent"
          value="on"
          defaultChecked={listValue(values.consent).includes("on")}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? "champ-consent-erreur" : undefined}
        />
        <label htmlFor="champ-consent-case">{text.consent}</label>
      </div>
      {errors.consent ? (
        <p className="field__error" id="champ-consent-erreur">
          {errors.consent}
        </p>
      ) : null}
      <div className="choice">
        <input
          type="checkbox"
          id="champ-keepForOtherCalls"
          name="keepForOtherCalls"
          value="on"
          defaultChecked={listValue(values.keepForOtherCalls).includes("on")}
        />
        <label htmlFor="champ-keepForOtherCalls">{text.keepForOtherCalls}</label>
      </div>
    </fieldset>
  );
}
