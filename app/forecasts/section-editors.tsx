import { useEffect, useState } from "react";
import { useFetcher } from "react-router";
import type { ForecastInputs } from "../../server/forecasts/forecast-inputs";
import { contractKinds, costCategories, revenueKinds } from "../../shared/codes/forecasts";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { frenchMonthName } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { displayValue, type EditorSection, type ListSection, listSections } from "./forecast-form";
import { type EditorChoices, fieldsOf, type Option, options } from "./section-fields";

export type { EditorChoices };

const text = fr.forecasts;
const f = text.fields;

/** What a failed section save returns: the section, the French message per field, what was typed. */
export type SectionFailure = FormFailure & { section: EditorSection | "add" };

/** True once React has hydrated: the forms then save in the background and only the totals change. */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

function failureFor(section: EditorSection | "add", ...candidates: unknown[]): SectionFailure | undefined {
  for (const c of candidates) {
    const failure = c as SectionFailure | undefined;
    if (failure && failure.ok === false && failure.section === section) return failure;
  }
  return undefined;
}

function rowTitle(section: ListSection, row: Record<string, unknown>): string {
  const label = String(row.label ?? row.position ?? "");
  const kind = String(row.kind ?? "");
  if (section === "revenues" && kind in text.revenueKinds)
    return `${text.revenueKinds[kind as keyof typeof text.revenueKinds]} — ${label}`;
  if (section === "financing" && kind in text.financingKinds)
    return `${text.financingKinds[kind as keyof typeof text.financingKinds]} — ${label}`;
  return label;
}

type SectionProps = {
  section: ListSection;
  inputs: ForecastInputs;
  version: number;
  choices: EditorChoices;
  actionData: unknown;
};

/** Every line's labels: a save may be refused because of another section (a cost pointing at a removed sales line). */
function lineLabels(inputs: ForecastInputs, choices: EditorChoices, section: ListSection) {
  const labels: Record<string, string> = {};
  for (const other of listSections) {
    (inputs[other] as unknown as Record<string, unknown>[]).forEach((row, i) => {
      for (const spec of fieldsOf(other, row, choices)) {
        labels[`${other}.${i}.${spec.key}`] = `${rowTitle(other, row)} : ${spec.label}`;
      }
      if (other === "staff")
        labels[`staff.${i}.aidRateException`] = `${rowTitle(other, row)} : ${text.aidRateException}`;
    });
  }
  labels[`add-${section}-label`] = `${text.editor.addTitle} : ${f.label}`;
  labels[`add-${section}-kind`] = `${text.editor.addTitle} : ${f.kind}`;
  return labels;
}

/** The kinds a new line of this section may take (none: the line has no kind). */
function addKindsOf(section: ListSection, choices: EditorChoices): Option[] {
  if (section === "revenues") return options(revenueKinds, text.revenueKinds);
  if (section === "staff") return options(contractKinds, text.contractKinds);
  if (section === "costs") return options(costCategories, text.costCategories);
  if (section === "financing")
    return options(
      ["equity", "loan", "honour_loan", "investment_grant", "guarantee"] as const,
      text.financingKinds,
    );
  if (section === "crossSubsidies") return choices.salesLines;
  return [];
}

/** One line of a section: its fields, the aid exception for a post, and the box that removes it. */
function LineFieldset({
  section,
  row,
  index,
  choices,
  failure,
}: {
  section: ListSection;
  row: Record<string, unknown>;
  index: number;
  choices: EditorChoices;
  failure: SectionFailure | undefined;
}) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const prefix = `${section}.${index}`;
  return (
    <fieldset className="stack">
      <legend>{rowTitle(section, row)}</legend>
      <input type="hidden" name={`${prefix}.id`} value={String(row.id)} />
      {"kind" in row ? <input type="hidden" name={`${prefix}.kind`} value={String(row.kind)} /> : null}
      {fieldsOf(section, row, choices).map((spec) => {
        const name = `${prefix}.${spec.key}`;
        const value = values[name] ?? displayValue(spec.key, row[spec.key]);
        return spec.options ? (
          <SelectField
            key={name}
            name={name}
            label={spec.label}
            options={spec.options}
            defaultValue={value}
            error={errors[name]}
          />
        ) : (
          <Field
            key={name}
            name={name}
            label={spec.label}
            defaultValue={value}
            error={errors[name]}
            inputMode={spec.numeric ? "decimal" : undefined}
            help={spec.help}
          />
        );
      })}
      {section === "staff" && showsAidException(row, prefix, choices, failure) ? (
        <AidExceptionBox prefix={prefix} row={row} failure={failure} />
      ) : null}
      <div className="choice">
        <input type="checkbox" id={`champ-${prefix}.remove`} name={`${prefix}.remove`} value="1" />
        <label htmlFor={`champ-${prefix}.remove`}>
          {t(text.editor.removeLabel, { label: rowTitle(section, row) })}
        </label>
      </div>
    </fieldset>
  );
}

/** The hidden fields every section form sends: what it does, the version it read, and "with JavaScript". */
function SectionFormHeader({
  intent,
  version,
  hydrated,
}: {
  intent: string;
  version: number;
  hydrated: boolean;
}) {
  return (
    <>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={version} />
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
    </>
  );
}

/** One section of the editor: a form of its lines (each removable), then a form to add a line. */
export function ListSectionEditor({ section, inputs, version, choices, actionData }: SectionProps) {
  const fetcher = useFetcher();
  const adder = useFetcher();
  const hydrated = useHydrated();
  const failure = failureFor(section, fetcher.data, actionData);
  const addFailure = failureFor("add", adder.data, actionData);
  const rows = inputs[section] as unknown as Record<string, unknown>[];
  const addKinds = addKindsOf(section, choices);
  const headingId = `section-${section}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId}>{text.editor.sections[section]}</h3>
      <ErrorSummary failure={failure} labels={lineLabels(inputs, choices, section)} />
      {rows.length === 0 ? <p>{text.editor.noLines}</p> : null}
      {rows.length > 0 ? (
        <fetcher.Form method="post" noValidate className="stack">
          <SectionFormHeader intent={`save:${section}`} version={version} hydrated={hydrated} />
          {rows.map((row, i) => (
            <LineFieldset
              key={String(row.id)}
              section={section}
              row={row}
              index={i}
              choices={choices}
              failure={failure}
            />
          ))}
          <button type="submit" className="button">
            {text.editor.save}
          </button>
        </fetcher.Form>
      ) : null}
      {/* Keyed by the number of lines: a line added in the background gives an empty add form, a
          refused add (same number of lines) keeps what was typed. */}
      <adder.Form key={rows.length} method="post" noValidate className="inline-form">
        <SectionFormHeader intent={`add:${section}`} version={version} hydrated={hydrated} />
        {addKinds.length ? (
          <SelectField
            name={`add-${section}-kind`}
            label={f.kind}
            options={addKinds}
            defaultValue={addFailure?.values[`add-${section}-kind`]}
            error={addFailure?.fields[`add-${section}-kind`]}
          />
        ) : null}
        <Field
          name={`add-${section}-label`}
          label={f.label}
          defaultValue={addFailure?.values[`add-${section}-label`]}
          error={addFailure?.fields[`add-${section}-label`]}
        />
        <button type="submit" className="button button--secondary">
          {text.editor.add}
        </button>
      </adder.Form>
    </section>
  );
}

/**
 * The box that confirms an aid per post meant for another contract: shown when the line's aid
 * does not match its contract, when it is ticked, or when a save was refused on that aid.
 */
function showsAidException(
  row: Record<string, unknown>,
  prefix: string,
  choices: EditorChoices,
  failure: SectionFailure | undefined,
): boolean {
  if (row.aidRateException === true || failure?.fields[`${prefix}.aidRateCode`]) return true;
  if (failure?.values[`${prefix}.aidRateException`] === "1") return true;
  const rate = choices.aidRates.find((r) => r.code === row.aidRateCode);
  return rate !== undefined && !rate.contractKinds.includes(String(row.contractKind));
}

function AidExceptionBox({
  prefix,
  row,
  failure,
}: {
  prefix: string;
  row: Record<string, unknown>;
  failure: SectionFailure | undefined;
}) {
  const name = `${prefix}.aidRateException`;
  const checked = failure ? failure.values[name] === "1" : row.aidRateException === true;
  return (
    <div className="choice">
      <input
        type="checkbox"
        id={`champ-${name}`}
        name={name}
        value="1"
        defaultChecked={checked}
        aria-describedby={`champ-${name}-aide`}
      />
      <label htmlFor={`champ-${name}`}>{text.aidRateException}</label>
      <p className="field__help" id={`champ-${name}-aide`}>
        {text.aidRateExceptionHelp}
      </p>
    </div>
  );
}

const settingsLabels = {
  name: text.name,
  scenarioKind: text.scenarioKind,
  "settings.startMonth": f.startMonth,
  "settings.startYear": f.startYear,
  "settings.openingCashCents": f.openingCash,
  "settings.assumptions": f.assumptions,
};
const months = Array.from({ length: 12 }, (_, m) => ({
  value: String(m + 1),
  label: frenchMonthName(m + 1),
}));

/** The scenario's name, kind and start, opening cash and assumptions. */
export function SettingsEditor({
  name,
  scenarioKind,
  inputs,
  version,
  actionData,
}: {
  name: string;
  scenarioKind: string;
  inputs: ForecastInputs;
  version: number;
  actionData: unknown;
}) {
  const fetcher = useFetcher();
  const hydrated = useHydrated();
  const failure = failureFor("settings", fetcher.data, actionData);
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const s = inputs.settings;
  const value = (field: string, stored: string) => values[field] ?? stored;
  return (
    <section aria-labelledby="section-settings" className="stack">
      <h3 id="section-settings">{text.editor.sections.settings}</h3>
      <ErrorSummary failure={failure} labels={settingsLabels} />
      <fetcher.Form method="post" noValidate className="stack">
        <SectionFormHeader intent="save:settings" version={version} hydrated={hydrated} />
        <Field
          name="name"
          label={text.name}
          required
          defaultValue={value("name", name)}
          error={errors.name}
        />
        <SelectField
          name="scenarioKind"
          label={text.scenarioKind}
          options={options(["prudent", "central", "ambitious", "custom"] as const, text.scenarioKinds)}
          defaultValue={value("scenarioKind", scenarioKind)}
          error={errors.scenarioKind}
        />
        <SelectField
          name="settings.startMonth"
          label={f.startMonth}
          options={months}
          defaultValue={value("settings.startMonth", String(s.startMonth))}
          error={errors["settings.startMonth"]}
        />
        <Field
          name="settings.startYear"
          label={f.startYear}
          inputMode="numeric"
          defaultValue={value("settings.startYear", String(s.startYear))}
          error={errors["settings.startYear"]}
        />
        <Field
          name="settings.openingCashCents"
          label={f.openingCash}
          inputMode="decimal"
          help={text.editor.numberHelp}
          defaultValue={value(
            "settings.openingCashCents",
            displayValue("openingCashCents", s.openingCashCents),
          )}
          error={errors["settings.openingCashCents"]}
        />
        <Field
          name="settings.assumptions"
          label={f.assumptions}
          multiline
          defaultValue={value("settings.assumptions", s.assumptions)}
          error={errors["settings.assumptions"]}
        />
        <button type="submit" className="button">
          {text.editor.save}
        </button>
      </fetcher.Form>
    </section>
  );
}
