import { redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { finaliseStudyVersion } from "../../server/studies/finalise-study-version";
import { getCurrentStudy, getStudyVersion } from "../../server/studies/get-current-study";
import { proposeStudyPrefill } from "../../server/studies/propose-study-prefill";
import { type StudyConflict, saveStudy } from "../../server/studies/save-study";
import { requiredStudySections, studySectionCodes } from "../../shared/codes/studies";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { WriteBlocked } from "../initiatives/write-blocked";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CurrentVersionLine, StudyEditor, ViewedVersion } from "../studies/study-page-sections";
import { StudySectionsView } from "../studies/study-sections-view";
import { StudyVersionsTable } from "../studies/study-versions-table";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative-study";

const text = fr.studies.study;
const doneFlags = ["enregistre", "definitive"] as const;

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
      <CurrentVersionLine current={current} pdfHref={pdfHref} />
      {viewing ? (
        <ViewedVersion viewing={viewing} initiativeId={header.id} pdfHref={pdfHref} />
      ) : canEdit && !blocked ? (
        <StudyEditor
          current={current}
          prefill={prefill as Record<string, string>}
          forecasts={forecasts}
          failure={failure}
        />
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
