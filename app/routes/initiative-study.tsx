import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { finaliseStudyVersion } from "../../server/studies/finalise-study-version";
import { getCurrentStudy, getStudyVersion } from "../../server/studies/get-current-study";
import { proposeStudyPrefill } from "../../server/studies/propose-study-prefill";
import { type StudyConflict, saveStudy } from "../../server/studies/save-study";
import { requiredStudySections, studySectionCodes } from "../../shared/codes/studies";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { WriteBlocked } from "../initiatives/write-blocked";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { StudySectionsView } from "../studies/study-sections-view";
import { StudyVersionsTable } from "../studies/study-versions-table";
import { useUnsavedWarning } from "../studies/use-unsaved-warning";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormValues, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative-study";

const text = fr.studies.study;
const doneFlags = ["enregistre", "definitive"] as const;
const labels: Record<string, string> = {
  ...Object.fromEntries(studySectionCodes.map((code) => [code, fr.studies.sections[code].title])),
  forecastId: text.forecast,
  note: text.note,
};

export const meta = ({ data: loaded }: Route.MetaArgs) => [
  { title: `${text.title} — ${loaded?.header.title ?? fr.common.notFoundTitle} — ${fr.common.appName}` },
];

/** The opportunity study: the current version in a form, its versions, an older one on request. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const study = valueOr404(await getCurrentStudy(context.deps, actor, params.id));
  const asked = new URL(request.url).searchParams.get("version");
  const viewing = asked
    ? valueOr404(await getStudyVersion(context.deps, actor, params.id, Number(asked)))
    : null;
  const { access, initiative } = study;
  const prefill =
    !study.current && access.canEdit ? await proposeStudyPrefill(context.deps, actor, initiative) : {};
  return {
    header: initiativeHeaderData(initiative, access),
    current: study.current,
    versions: study.versions,
    forecasts: study.forecasts,
    viewing,
    prefill,
    canEdit: access.canEdit,
    // The study is written and marked final in its stage only (`dossier-write-rules.ts`).
    blocked: access.canEdit ? dossierWriteBlocks(initiative)["study.save"] : null,
    canFinalise: access.level === "team" && !dossierWriteBlocks(initiative)["study.finalise"],
    done: doneFlag(request, doneFlags),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") === "final") {
    const result = await finaliseStudyVersion(context.deps, actor, params.id, Number(form.text("version")));
    if (!result.ok) return replyFailure(result, form, { extra: { conflict: undefined } });
    return redirect(`/projets/${params.id}/etude?done=definitive`);
  }
  const sections = Object.fromEntries(studySectionCodes.map((code) => [code, form.text(code)]));
  const result = await saveStudy(context.deps, actor, params.id, {
    version: form.input.version,
    sections,
    forecastId: "forecastId" in form.values ? form.text("forecastId") : null,
    note: form.text("note"),
  });
  if (!result.ok) {
    // saveStudy's CONFLICT carries the version saved meanwhile (`StudyConflict`) in its details.
    const conflict = result.error === "CONFLICT" ? (result.details as StudyConflict) : undefined;
    return replyFailure(result, form, { extra: { conflict } });
  }
  return redirect(`/projets/${params.id}/etude?done=enregistre`);
}

export default function InitiativeStudy() {
  const { header, current, versions, forecasts, viewing, prefill, canEdit, blocked, canFinalise, done } =
    useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const unsaved = useUnsavedWarning();
  const conflict = failure?.conflict;
  const stored: Record<string, string> = {
    ...(prefill as Record<string, string>),
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
  const pdfHref = `/projets/${header.id}/etude.pdf${viewing ? `?version=${viewing.version}` : ""}`;

  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="study" />
      <h2>{text.title}</h2>
      {done ? (
        <div className="notice notice--success" role="status">
          <p>{done === "enregistre" ? text.saved : text.finalised}</p>
        </div>
      ) : null}
      <p>{text.intro}</p>
      <p>
        {t(text.requiredHelp, {
          sections: requiredStudySections.map((code) => fr.studies.sections[code].title).join(", "),
        })}
      </p>
      {blocked ? <WriteBlocked reason={blocked} /> : null}
      {current ? (
        <p>
          {current.byName
            ? t(text.current, {
                version: current.version,
                status: text.statuses[current.status],
                name: current.byName,
                date: formatDate(current.createdAt),
              })
            : t(text.currentNoAuthor, {
                version: current.version,
                status: text.statuses[current.status],
                date: formatDate(current.createdAt),
              })}
          {" · "}
          <a href={pdfHref}>{text.pdf}</a>
        </p>
      ) : (
        <p>{text.noVersion}</p>
      )}

      {viewing ? (
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
            <a href={`/projets/${header.id}/etude`}>{text.backToCurrent}</a> ·{" "}
            <a href={pdfHref}>{text.pdf}</a>
          </p>
          {viewing.forecastName ? <p>{t(text.pdfForecast, { name: viewing.forecastName })}</p> : null}
          <StudySectionsView sections={viewing.sections} headingLevel={3} />
        </section>
      ) : canEdit && !blocked ? (
        <>
          {conflict ? (
            <div className="notice" role="alert">
              <p>{failure?.message}</p>
              {current ? (
                <details>
                  <summary>{t(text.view, { version: current.version })}</summary>
                  <StudySectionsView sections={current.sections} headingLevel={3} />
                </details>
              ) : null}
            </div>
          ) : (
            <ErrorSummary failure={failure} labels={labels} />
          )}
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
                  forecasts.length ? (
                    <>
                      <SelectField
                        name="forecastId"
                        label={text.forecast}
                        help={text.forecastHelp}
                        placeholder={text.forecastNotChosen}
                        options={forecasts.map((f) => ({ value: f.id, label: f.name }))}
                        defaultValue={values.forecastId ?? ""}
                        error={errors.forecastId}
                      />
                      {chosenForecast ? (
                        <p>
                          <a href={`/previsionnels/${chosenForecast.id}`}>
                            {t(text.forecastLink, { name: chosenForecast.name })}
                          </a>
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <p className="field__help">{text.forecastNone}</p>
                  )
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
      ) : current ? (
        <>
          <p>{text.readOnly}</p>
          {chosenForecast ? <p>{t(text.pdfForecast, { name: chosenForecast.name })}</p> : null}
          <StudySectionsView sections={current.sections} headingLevel={3} />
        </>
      ) : null}

      {versions.length ? (
        <section aria-labelledby="versions-titre" className="stack">
          <h2 id="versions-titre">{text.versionsTitle}</h2>
          <StudyVersionsTable initiativeId={header.id} versions={versions} canFinalise={canFinalise} />
        </section>
      ) : null}
    </div>
  );
}
