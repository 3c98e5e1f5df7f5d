import { useId } from "react";
import { fr } from "../i18n/fr";

type Option = { value: string; label: string; help?: string };

/** Radio buttons in a fieldset (legend, help per option, error linked), `champ-…` id like `Field`. */
export function RadioGroup({
  name,
  legend,
  options,
  checked,
  error,
  required,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  checked?: string;
  error?: string;
  required?: boolean;
}) {
  const id = useId();
  const errorId = `champ-${name}-erreur`;
  return (
    <fieldset
      id={`champ-${name}`}
      aria-describedby={error ? errorId : undefined}
      className={error ? "field--error" : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="field__required"> ({fr.common.required})</span> : null}
      </legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const helpId = `${optionId}-aide`;
        return (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={checked === option.value}
              aria-describedby={option.help ? helpId : undefined}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.help ? (
                <p className="field__help" id={helpId}>
                  {option.help}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
