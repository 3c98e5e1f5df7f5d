import { useId } from "react";
import { FieldMessages, RequiredMark, useFieldDescription } from "../ui/form";

type Option = { value: string; label: string; count?: number };

/** A group of checkboxes in a fieldset (legend, help, error linked), same `champ-…` id as `Field`. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  help,
  error,
  required,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  checked: readonly string[];
  help?: string;
  error?: string;
  required?: boolean;
}) {
  const optionPrefix = useId();
  const { id, helpId, errorId, describedBy } = useFieldDescription(name, { help, error });
  return (
    <fieldset id={id} aria-describedby={describedBy} className={error ? "field--error" : undefined}>
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
      {options.map((option) => {
        const optionId = `${optionPrefix}-${option.value}`;
        return (
          <div className="choice" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label htmlFor={optionId}>
              {option.label}
              {option.count !== undefined ? ` (${option.count})` : ""}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
