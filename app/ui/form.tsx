import { useEffect, useId, useRef } from "react";
import type { ErrorCode } from "../../server/core/errors";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** What the user typed in a form: text fields, and lists for checkboxes and repeated names. */
export type FormValues = Record<string, string | string[]>;

/**
 * The one shape an action returns when a form fails (`replyFailure` in `page-form.ts`): the
 * failure's code, its French message, the message per field and what the user typed, so the form
 * is re-rendered with nothing lost.
 */
export type FormFailure = {
  ok: false;
  error: ErrorCode;
  message: string;
  fields: Record<string, string>;
  values: FormValues;
  /** What the service said beyond the message (what blocks a transition, the version saved meanwhile). */
  details?: Record<string, unknown>;
};

/** A typed value as text (a list is joined), for a text field's default value. */
export const textValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(", ") : value;

/** A typed value as a list, for checkboxes. */
export const listValue = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  help?: string;
  required?: boolean;
  autoComplete?: string;
  /** What to show first: the stored value, or what was typed (a list is joined). */
  defaultValue?: string | string[];
  error?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  multiline?: boolean;
  /** Only where a person enters one record after another (saisie assistée). */
  autoFocus?: boolean;
};

/**
 * The ids every form control shares: `champ-<name>` (what the error summary links to), its
 * error's id, its help's id, and the `aria-describedby` that ties both to the control.
 */
export function useFieldDescription(name: string, { help, error }: { help?: string; error?: string }) {
  const id = `champ-${name}`;
  const helpId = useId();
  const errorId = `${id}-erreur`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { id, helpId, errorId, describedBy };
}

/** "(obligatoire)" after a label or a legend. */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? <span className="field__required"> ({fr.common.required})</span> : null;
}

/** Help under the label, then the error, each with the id the control points to. */
export function FieldMessages({
  help,
  helpId,
  error,
  errorId,
}: {
  help?: string;
  helpId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {help ? (
        <p className="field__help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label above, help under it, error next to the field and linked by aria-describedby. */
export function Field({
  name,
  label,
  type = "text",
  help,
  required,
  autoComplete,
  defaultValue,
  error,
  inputMode,
  multiline,
  autoFocus,
}: FieldProps) {
  const { id, helpId, errorId, describedBy } = useFieldDescription(name, { help, error });
  const common = {
    id,
    name,
    required,
    defaultValue: textValue(defaultValue),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    autoFocus,
  };
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
      {multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
    </div>
  );
}

/**
 * The text fields of one form: `field(name, extra)` gives the named field its label, what was
 * typed (or is stored) and its error; `extra` adds the rest (required, help, multiline…).
 */
export function textFields<K extends string>(
  labels: Record<K, string>,
  values: FormValues,
  errors: Record<string, string>,
) {
  return (name: K, extra: Partial<FieldProps> = {}) => (
    <Field name={name} label={labels[name]} defaultValue={values[name]} error={errors[name]} {...extra} />
  );
}

/**
 * Summary of errors at the top of a failed form, each linking to its field. It takes the focus
 * so a screen reader announces it first: without JavaScript through `autofocus` on the page the
 * failed post returns (the first `autofocus` of a page wins, and the summary comes before the
 * fields), with JavaScript each time a submit fails.
 */
export function ErrorSummary({
  failure,
  labels,
}: {
  failure?: Pick<FormFailure, "message" | "fields"> | null;
  labels: Record<string, string>;
}) {
  const summary = useRef<HTMLDivElement>(null);
  // A new failure comes with new `fields` (each action answers a new object, even when empty);
  // pages pass a copy of the failure on each render, so the copy itself cannot be the trigger.
  const fields = failure?.fields;
  const shown = Boolean(failure);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `fields` is what makes a new failure.
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, fields]);
  if (!failure) return null;
  const entries = Object.entries(failure.fields);
  return (
    // biome-ignore lint/a11y/noAutofocus: the summary of a failed form is what must be read first (RGAA 11.10).
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary} autoFocus>
      {failure.message ? <p className="error-summary__message">{failure.message}</p> : null}
      {entries.length ? (
        <>
          <p>{t(fr.common.errorSummaryTitle, { count: entries.length })}</p>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                <a href={`#champ-${field}`}>
                  {labels[field] ?? field} : {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
