import { useId } from "react";
import { fr } from "../i18n/fr";

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
  const id = useId();
  const helpId = `${id}-aide`;
  const errorId = `champ-${name}-erreur`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      id={`champ-${name}`}
      aria-describedby={describedBy}
      className={error ? "field--error" : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="field__required"> ({fr.common.required})</span> : null}
      </legend>
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
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
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
