import { useId } from "react";
import { FieldMessages, RequiredMark, useFieldDescription } from "../ui/form";

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
  const optionPrefix = useId();
  const { id, helpId, errorId, describedBy } = useFieldDescription(name, { error });
  return (
    <fieldset id={id} aria-describedby={describedBy} className={error ? "field--error" : undefined}>
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldMessages helpId={helpId} error={error} errorId={errorId} />
      {options.map((option) => {
        const optionId = `${optionPrefix}-${option.value}`;
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
