import { useId } from "react";
import { fr } from "../i18n/fr";

type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** First, empty option ("Choisir…"); omitted when a value is always chosen. */
  placeholder?: string;
  help?: string;
  required?: boolean;
  defaultValue?: string;
  error?: string;
};

/** A `<select>` laid out like `Field` (label above, help, error linked), same `champ-…` id. */
export function SelectField({
  name,
  label,
  options,
  placeholder,
  help,
  required,
  defaultValue,
  error,
}: SelectFieldProps) {
  const id = `champ-${name}`;
  const helpId = useId();
  const errorId = `${id}-erreur`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
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
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
