import { useActionData, useLoaderData } from "react-router";
import { listReplicableModels } from "../../server/catalogue/list-replicable-models";
import { listDocuments } from "../../server/documents/documents";
import { requireActor } from "../../server/http/require-actor";
import { listDecisions } from "../../server/meetings/decisions";
import { getMeeting } from "../../server/meetings/get-meeting";
import { fr } from "../../shared/i18n/fr";
import { formatDate, parisDateFrench, parisTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { handleDossierForm } from "../meetings/dossier-actions";
import { DecisionsSection, DocumentsSection } from "../meetings/dossier-sections";
import { MeetingFactsSection, ParticipantsAndMinutes } from "../meetings/meeting-sections";
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
      <MeetingFactsSection meeting={meeting} canEdit={canEdit} />
      <ParticipantsAndMinutes participants={meeting.participants} minutes={meeting.minutes} />
      <DecisionsSection
        heading="h3"
        decisions={data.decisions}
        showMeeting={false}
        canEdit={canEdit}
        failure={failure}
        form={{ models: data.models, showPath: data.showPath, today: data.todayFrench }}
      />
      <DocumentsSection heading="h3" documents={data.documents} canEdit={canEdit} failure={failure} />
    </div>
  );
}
