import { useActionData, useLoaderData } from "react-router";
import { listReplicableModels } from "../../server/catalogue/list-replicable-models";
import { listDocuments } from "../../server/documents/documents";
import { requireActor } from "../../server/http/require-actor";
import { loadInitiativeForActor } from "../../server/initiatives/initiative-access";
import { listDecisions } from "../../server/meetings/decisions";
import {
  listInitiativeMeetings,
  listMeetingsForDecision,
  type MeetingSummary,
} from "../../server/meetings/list-meetings";
import { listTeamUsers } from "../../server/meetings/meeting-access";
import { canSeeTasks, listInitiativeTasks } from "../../server/tasks/tasks";
import { fr } from "../../shared/i18n/fr";
import { formatDateTime, parisDate, parisDateFrench } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { handleDossierForm } from "../meetings/dossier-actions";
import { DecisionsSection, DocumentsSection } from "../meetings/dossier-sections";
import { TasksSection } from "../meetings/task-section";
import { doneFlag, valueOr404 } from "../network/page-results";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/initiative-meetings";

const text = fr.meetings;
const flags = ["creee", "supprimee", "decision", "document", "tache", "tache-maj"] as const;
const flagMessages: Record<(typeof flags)[number], string> = {
  creee: text.page.created,
  supprimee: text.page.deleted,
  decision: text.decisions.recorded,
  document: text.documents.uploaded,
  tache: text.tasks.created,
  "tache-maj": text.tasks.updated,
};

export const meta = () => [{ title: `${text.page.sectionTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { deps } = context;
  const { initiative, access } = valueOr404(await loadInitiativeForActor(deps, actor, params.id));
  const meetings = valueOr404(await listInitiativeMeetings(deps, actor, params.id));
  const now = deps.clock.now();
  return {
    header: initiativeHeaderData(initiative, access),
    canEdit: access.canEdit,
    showTasks: canSeeTasks(access),
    meetings,
    decisions: valueOr404(await listDecisions(deps, actor, params.id)),
    documents: valueOr404(await listDocuments(deps, actor, params.id, { meetingId: null })),
    tasks: valueOr404(await listInitiativeTasks(deps, actor, params.id)),
    team: access.canEdit ? await listTeamUsers(deps, initiative.fabriqueId) : [],
    decisionMeetings: access.canEdit ? await listMeetingsForDecision(deps, params.id) : [],
    showPath: initiative.stage === "opportunity_study",
    models:
      access.canEdit && initiative.stage === "opportunity_study" ? await listReplicableModels(deps) : [],
    today: parisDate(now),
    todayFrench: parisDateFrench(now),
    userId: actor.userId,
    done: doneFlag(request, flags),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  return handleDossierForm(context.deps, actor, request, {
    initiativeId: params.id,
    meetingId: null,
    back: `/projets/${params.id}/reunions`,
  });
}

type MeetingItem = Pick<MeetingSummary, "id" | "kind" | "title" | "place"> & { startsAt: string | Date };

function MeetingItems({ items }: { items: MeetingItem[] }) {
  return (
    <ul className="stack">
      {items.map((m) => (
        <li key={m.id}>
          <a href={`/reunions/${m.id}`}>{m.title}</a> — {text.kinds[m.kind]} · {formatDateTime(m.startsAt)}
          {m.place ? ` · ${m.place}` : null}
        </li>
      ))}
    </ul>
  );
}

export default function InitiativeMeetings() {
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { header, meetings, canEdit } = data;
  const none = !meetings.upcoming.length && !meetings.past.length;
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="meetings" />
      {data.done ? (
        <p className="notice notice--success" role="status">
          {flagMessages[data.done]}
        </p>
      ) : null}
      <section aria-labelledby="reunions-titre" className="stack">
        <h2 id="reunions-titre">{text.page.sectionTitle}</h2>
        {canEdit ? (
          <p>
            <a className="button" href={`/projets/${header.id}/reunions/nouvelle`}>
              {text.page.add}
            </a>
          </p>
        ) : (
          <p>{text.page.readOnly}</p>
        )}
        {none ? (
          <EmptyState title={text.page.emptyTitle}>{text.page.emptyBody}</EmptyState>
        ) : (
          <>
            <h3>{text.page.upcoming}</h3>
            {meetings.upcoming.length ? (
              <MeetingItems items={meetings.upcoming} />
            ) : (
              <p>{text.page.noUpcoming}</p>
            )}
            <h3>{text.page.past}</h3>
            {meetings.past.length ? <MeetingItems items={meetings.past} /> : <p>{text.page.noPast}</p>}
          </>
        )}
      </section>
      <DecisionsSection
        heading="h2"
        decisions={data.decisions}
        showMeeting
        canEdit={canEdit}
        failure={failure}
        form={{
          meetings: data.decisionMeetings,
          models: data.models,
          showPath: data.showPath,
          today: data.todayFrench,
        }}
      />
      <TasksSection
        showTasks={data.showTasks}
        tasks={data.tasks}
        today={data.today}
        userId={data.userId}
        canEdit={canEdit}
        team={data.team}
        failure={failure}
      />
      <DocumentsSection heading="h2" documents={data.documents} canEdit={canEdit} failure={failure} />
    </div>
  );
}
