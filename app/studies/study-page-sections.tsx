import { Form } from "react-router";
import type { StudyVersionView } from "../../server/studies/get-current-study";
import type { StudyConflict } from "../../server/studies/save-study";
import { studySectionCodes } from "../../shared/codes/studies";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues, textValue } from "../ui/form";
import { StudySectionsView } from "./study-sections-view";
import { useUnsavedWarning } from "./use-unsaved-warning";

/** The sections of an initiative's study page (`routes/initiative-study.tsx`), one component each. */

const text = fr.studies.study;
const labels: Record<string, string> = {
  ...Object.fromEntries(studySectionCodes.map((code) => [code, fr.studies.sections[code].title])),
  forecastId: text.forecast,
  note: text.note,
};

type Forecast = { id: string; name: string };

/** Which version is current, by whom and when, with the link to its PDF. */
export function CurrentVersionLine({
  current,
  pdfHref,
}: {
  current: StudyVersionView | null;
  pdfHref: string;
}) {
  if (!current) return <p>{text.noVersion}</p>;
  const facts = {
    version: current.version,
    status: text.statuses[current.status],
    date: formatDate(current.createdAt),
  };
  return (
    <p>
      {current.byName ? t(text.current, { ...facts, name: current.byName }) : t(text.currentNoAuthor, facts)}
      {" · "}
      <a href={pdfHref}>{text.pdf}</a>
    </p>
  );
}

/** An older version, read on request (`?version=`). */
export function ViewedVersion({
  viewing,
  initiativeId,
  pdfHref,
}: {
  viewing: StudyVersionView;
  initiativeId: string;
  pdfHref: string;
}) {
  return (
    <section aria-labelledby="version-lue" className="card stack">
      <h2 id="version-lue">
        {viewing.byName
          ? t(text.viewing, {
              version: viewing.version,
              name: viewing.byName,
              date: formatDateTime(viewing.createdAt),
            })
          : t(text.viewingNoAuthor, {
              version: viewing.version,
              date: formatDateTime(viewing.createdAt),
            })}
      </h2>
      <p>
        <a href={`/projets/${initiativeId}/etude`}>{text.backToCurrent}</a> · <a href={pdfHref}>{text.pdf}</a>
      </p>
      {viewing.forecastName ? <p>{t(text.pdfForecast, { name: viewing.forecastName })}</p> : null}
      <StudySectionsView sections={viewing.sections} headingLevel={3} />
    </section>
  );
}

/** Below the economic model: the forecast scenario it relies on, and the link to it. */
function ForecastChoice({
  forecasts,
  chosen,
  value,
  error,
}: {
  forecasts: readonly Forecast[];
  chosen: Forecast | undefined;
  value: string;
  error: string | undefined;
}) {
  if (!forecasts.length) return <p className="field__help">{text.forecastNone}</p>;
  return (
    <>
      <SelectField
        name="forecastId"
        label={text.forecast}
        help={text.forecastHelp}
        placeholder={text.forecastNotChosen}
        options={forecasts.map((f) => ({ value: f.id, label: f.name }))}
        defaultValue={value}
        error={error}
      />
      {chosen ? (
        <p>
          <a href={`/previsionnels/${chosen.id}`}>{t(text.forecastLink, { name: chosen.name })}</a>
        </p>
      ) : null}
    </>
  );
}

/** A refused save: someone saved meanwhile (their version to read), or what to correct. */
function EditorRefusal({
  failure,
  current,
}: {
  failure: (FormFailure & { conflict?: StudyConflict }) | undefined;
  current: StudyVersionView | null;
}) {
  if (!failure?.conflict) return <ErrorSummary failure={failure} labels={labels} />;
  return (
    <div className="notice" role="alert">
      <p>{failure.message}</p>
      {current ? (
        <details>
          <summary>{t(text.view, { version: current.version })}</summary>
          <StudySectionsView sections={current.sections} headingLevel={3} />
        </details>
      ) : null}
    </div>
  );
}

/**
 * The study's form: one field per section, the forecast chosen for the economic model, a note.
 * It starts from the current version (or the prefill proposed before the first one).
 */
export function StudyEditor({
  current,
  prefill,
  forecasts,
  failure,
}: {
  current: StudyVersionView | null;
  prefill: Record<string, string>;
  forecasts: readonly Forecast[];
  failure: (FormFailure & { conflict?: StudyConflict }) | undefined;
}) {
  const unsaved = useUnsavedWarning();
  const conflict = failure?.conflict;
  const stored: Record<string, string> = {
    ...prefill,
    ...(current?.sections ?? {}),
    forecastId: current?.forecastId ?? "",
    note: "",
  };
  const values: FormValues = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  // After a conflict the form carries the newest version, so saving again applies the user's text.
  const startingVersion = conflict
    ? String(conflict.currentVersion)
    : (textValue(values.version) ?? String(current?.version ?? 0));
  const chosenForecast = forecasts.find((f) => f.id === (current?.forecastId ?? ""));
  return (
    <>
      <EditorRefusal failure={failure} current={current} />
      {!current && Object.keys(prefill).length ? (
        <div className="notice" role="note">
          <p>{text.prefillNotice}</p>
        </div>
      ) : null}
      <Form
        method="post"
        noValidate
        className="stack"
        onChange={unsaved.onChange}
        onSubmit={unsaved.onSubmit}
      >
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={startingVersion} />
        {studySectionCodes.map((code, index) => (
          <div key={code} className="stack">
            <Field
              name={code}
              label={`${index + 1}. ${fr.studies.sections[code].title}`}
              help={fr.studies.sections[code].help}
              multiline
              defaultValue={values[code] ?? ""}
              error={errors[code]}
            />
            {code === "economic_model" ? (
              <ForecastChoice
                forecasts={forecasts}
                chosen={chosenForecast}
                value={textValue(values.forecastId) ?? ""}
                error={errors.forecastId}
              />
            ) : null}
          </div>
        ))}
        <Field
          name="note"
          label={text.note}
          help={text.noteHelp}
          defaultValue={values.note ?? ""}
          error={errors.note}
        />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </>
  );
}
