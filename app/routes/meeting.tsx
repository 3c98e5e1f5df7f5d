import { useActionData, useLoaderData } from "react-router";
import { listReplicableModels } from "../../server/catalogue/list-replicable-models";
import { listDocuments } from "../../server/documents/documents";
import { requireActor } from "../../server/http/require-actor";
import { listDecisions } from "../../server/meetings/decisions";
import { getMeeting } from "../../server/meetings/get-meeting";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDateFrench, parisTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { handleDossierForm } from "../meetings/dossier-actions";
import {
  DecisionForm,
  DecisionList,
  DocumentForm,
  DocumentList,
  failureFor,
} from "../meetings/dossier-sections";
import { doneFlag, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/meeting";

const text = fr.meetings;
const flags = ["creee", "modifiee", "decision", "document"] as const;
const flagMessages: Record<(typeof flags)[number], string> = {
  creee: text.page.created,
  modifiee: text.page.updated,
  decision: text.decisions.recorded,
  document: text.documents.uploaded,
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.meeting.title ?? text.page.sectionTitle} — ${fr.common.appName}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { deps } = context;
  const meeting = valueOr404(await getMeeting(deps, actor, params.id));
  const { access, initiative } = meeting;
  return {
    header: initiativeHeaderData(initiative, access),
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      title: meeting.title,
      startsAt: meeting.startsAt,
      date: formatDate(meeting.startsAt),
      start: parisTime(meeting.startsAt),
      end: parisTime(meeting.endsAt),
      place: meeting.place,
      publicHeadcount: meeting.publicHeadcount,
      minutes: meeting.minutes,
      participants: meeting.participants,
    },
    canEdit: access.canEdit,
    decisions: valueOr404(await listDecisions(deps, actor, initiative.id, { meetingId: meeting.id })),
    documents: valueOr404(await listDocuments(deps, actor, initiative.id, { meetingId: meeting.id })),
    showPath: initiative.stage === "opportunity_study",
    models:
      access.canEdit && initiative.stage === "opportunity_study" ? await listReplicableModels(deps) : [],
    todayFrench: parisDateFrench(deps.clock.now()),
    done: doneFlag(request, flags),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const meeting = valueOr404(await getMeeting(context.deps, actor, params.id));
  return handleDossierForm(context.deps, actor, request, {
    initiativeId: meeting.initiative.id,
    meetingId: meeting.id,
    back: `/reunions/${meeting.id}`,
  });
}

export default function Meeting() {
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { header, meeting, canEdit } = data;
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="meetings" />
      <p>
        <a href={`/projets/${header.id}/reunions`}>{text.page.back}</a>
      </p>
      {data.done ? (
        <p className="notice notice--success" role="status">
          {flagMessages[data.done]}
        </p>
      ) : null}
      <h2>{meeting.title}</h2>
      <dl className="facts">
        <dt>{text.fields.kind}</dt>
        <dd>{text.kinds[meeting.kind]}</dd>
        <dt>{text.page.when}</dt>
        <dd>{t(text.page.timeRange, { date: meeting.date, start: meeting.start, end: meeting.end })}</dd>
        {meeting.place ? (
          <>
            <dt>{text.page.where}</dt>
            <dd>{meeting.place}</dd>
          </>
        ) : null}
        {meeting.publicHeadcount !== null ? (
          <>
            <dt>{text.fields.publicHeadcount}</dt>
            <dd>{t(text.page.headcount, { count: formatInteger(meeting.publicHeadcount) })}</dd>
          </>
        ) : null}
      </dl>
      <div className="actions">
        <a className="button button--secondary" href={`/reunions/${meeting.id}/invitation.ics`} download>
          {text.page.invitation}
        </a>
        {canEdit ? (
          <>
            <a className="button button--secondary" href={`/reunions/${meeting.id}/modifier`}>
              {text.page.edit}
            </a>
            <a className="button button--danger" href={`/reunions/${meeting.id}/supprimer`}>
              {text.page.delete}
            </a>
          </>
        ) : null}
      </div>
      <p className="field__help">{text.page.invitationHelp}</p>

      <section aria-labelledby="participants" className="stack">
        <h3 id="participants">{text.fields.participants}</h3>
        {meeting.participants === null ? (
          <p>{text.page.minutesHidden}</p>
        ) : meeting.participants.length ? (
          <ul>
            {meeting.participants.map((p) => (
              <li key={p.ref}>
                {p.name} <span className="card__meta">({text.groups[`${p.kind}s`]})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.page.noParticipants}</p>
        )}
      </section>

      {meeting.minutes !== null ? (
        <section aria-labelledby="compte-rendu" className="stack">
          <h3 id="compte-rendu">{text.fields.minutes}</h3>
          {meeting.minutes ? <p className="pre-line">{meeting.minutes}</p> : <p>{text.page.noMinutes}</p>}
        </section>
      ) : null}

      <section aria-labelledby="decisions" className="stack">
        <h3 id="decisions">{text.decisions.title}</h3>
        <DecisionList decisions={data.decisions} showMeeting={false} />
        {canEdit ? (
          <details open={Boolean(failureFor(failure, "decision"))}>
            <summary>{text.decisions.add}</summary>
            <DecisionForm
              failure={failureFor(failure, "decision")}
              models={data.models}
              showPath={data.showPath}
              today={data.todayFrench}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="documents" className="stack">
        <h3 id="documents">{text.documents.title}</h3>
        <DocumentList documents={data.documents} />
        {canEdit ? (
          <details open={Boolean(failureFor(failure, "document"))}>
            <summary>{text.documents.uploadTitle}</summary>
            <DocumentForm failure={failureFor(failure, "document")} />
          </details>
        ) : null}
      </section>
    </div>
  );
}
