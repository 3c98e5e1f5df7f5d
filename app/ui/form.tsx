import { useId } from "react";
import { fr } from "../i18n/fr";
import { t } from "../i18n/t";

/**
 * The shape an action returns when a form fails: the French message per field and what the
 * user typed, so the form is re-rendered with nothing lost.
 */
export type FormFailure = {
  ok: false;
  message?: string;
  fields: Record<string, string>;
  values: Record<string, string>;
};

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  help?: string;
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  error?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  multiline?: boolean;
};

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
}: FieldProps) {
  const id = `champ-${name}`;
  const helpId = useId();
  const errorId = `${id}-erreur`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required,
    defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({fr.common.required})</span> : null}
      </label>
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
      {multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
    </div>
  );
}

/** Summary of errors at the top of a failed form, each linking to its field; focused for screen readers. */
export function ErrorSummary({
  failure,
  labels,
}: {
  failure?: FormFailure | null;
  labels: Record<string, string>;
}) {
  if (!failure) return null;
  const entries = Object.entries(failure.fields);
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
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
