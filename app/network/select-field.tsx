import { FieldMessages, RequiredMark, textValue, useFieldDescription } from "../ui/form";

type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** First, empty option ("Choisir…"); omitted when a value is always chosen. */
  placeholder?: string;
  help?: string;
  required?: boolean;
  /** The option chosen first: the stored value, or what was posted. */
  defaultValue?: string | string[];
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
  const { id, helpId, errorId, describedBy } = useFieldDescription(name, { help, error });
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={textValue(defaultValue) ?? ""}
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
