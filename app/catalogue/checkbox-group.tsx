import { useId } from "react";
import { inclusionPublicList } from "../../shared/codes/data-inclusion";
import { FieldMessages, type FormValues, listValue, RequiredMark, useFieldDescription } from "../ui/form";

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

type Typed = { values: FormValues; errors: Record<string, string> };

/** The themes of the catalogue's thesaurus as boxes to tick (`themes`), the ticked ones from `values`. */
export function ThemeCheckboxes({
  legend,
  themes,
  values,
  errors,
  required,
}: Typed & { legend: string; themes: readonly { code: string; label: string }[]; required?: boolean }) {
  return (
    <CheckboxGroup
      name="themes"
      legend={legend}
      options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
      checked={listValue(values.themes)}
      error={errors.themes}
      required={required}
    />
  );
}

/** The publics of data·inclusion as boxes to tick (`publics`), the ticked ones from `values`. */
export function PublicCheckboxes({ legend, values, errors }: Typed & { legend: string }) {
  return (
    <CheckboxGroup
      name="publics"
      legend={legend}
      options={inclusionPublicList.map((p) => ({ value: p.value, label: p.label }))}
      checked={listValue(values.publics)}
      error={errors.publics}
    />
  );
}
