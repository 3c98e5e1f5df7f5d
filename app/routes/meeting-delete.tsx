import { Form, redirect, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { loadMeetingForEdit } from "../../server/meetings/meeting-access";
import { deleteMeeting } from "../../server/meetings/save-meeting";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import type { Route } from "./+types/meeting-delete";

const text = fr.meetings.page;

export const meta = () => [{ title: `${text.deleteTitle} — ${fr.common.appName}` }];

/** Deleting asks first, on its own page, so it needs no JavaScript dialog. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { meeting, initiative, access } = valueOr404(
    await loadMeetingForEdit(context.deps, actor, params.id),
  );
  return {
    header: initiativeHeaderData(initiative, access),
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt },
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const result = valueOr404(await deleteMeeting(context.deps, actor, params.id));
  return redirect(`/projets/${result.initiativeId}/reunions?done=supprimee`);
}

export default function MeetingDelete() {
  const { header, meeting } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="meetings" />
      <h2>{text.deleteTitle}</h2>
      <p>{t(text.deleteConfirm, { title: meeting.title, date: formatDateTime(meeting.startsAt) })}</p>
      <Form method="post" className="actions">
        <CsrfInput />
        <button type="submit" className="button button--danger">
          {text.deleteButton}
        </button>
        <a href={`/reunions/${meeting.id}`}>{text.cancel}</a>
      </Form>
    </div>
  );
}
