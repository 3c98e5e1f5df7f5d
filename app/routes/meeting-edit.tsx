import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listMeetingParticipants } from "../../server/meetings/get-meeting";
import { listParticipantChoices, loadMeetingForEdit } from "../../server/meetings/meeting-access";
import { updateMeeting } from "../../server/meetings/save-meeting";
import { fr } from "../../shared/i18n/fr";
import { formatDateTime, parisDateFrench, parisTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { MeetingFields } from "../meetings/meeting-fields";
import { valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/meeting-edit";

const text = fr.meetings;

export const meta = () => [{ title: `${text.page.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { meeting, initiative, access } = valueOr404(
    await loadMeetingForEdit(context.deps, actor, params.id),
  );
  const participants = await listMeetingParticipants(context.deps, meeting.id);
  return {
    header: initiativeHeaderData(initiative, access),
    choices: await listParticipantChoices(context.deps, initiative.fabriqueId),
    meeting: {
      id: meeting.id,
      version: meeting.version,
      title: meeting.title,
      startsAt: meeting.startsAt,
      place: meeting.place,
      minutes: meeting.minutes,
    },
    stored: {
      kind: meeting.kind,
      title: meeting.title,
      date: parisDateFrench(meeting.startsAt),
      startTime: parisTime(meeting.startsAt),
      endTime: parisTime(meeting.endsAt),
      place: meeting.place,
      publicHeadcount: meeting.publicHeadcount === null ? "" : String(meeting.publicHeadcount),
      minutes: meeting.minutes,
      participants: participants.map((p) => p.ref),
    } as Record<string, string | string[]>,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await updateMeeting(context.deps, actor, params.id, form.input);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/reunions/${params.id}?done=modifiee`);
}

export default function MeetingEdit() {
  const { header, choices, meeting, stored } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const conflict = failure?.error === "CONFLICT";
  const values = failure?.values ?? stored;
  // After a conflict the form carries the current version, so saving again applies the user's text.
  const version = conflict ? String(meeting.version) : (textValue(values.version) ?? String(meeting.version));
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="meetings" />
      <h2>{text.page.editTitle}</h2>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{text.validation.stale}</p>
          <p>
            <strong>{meeting.title}</strong> — {formatDateTime(meeting.startsAt)}
            {meeting.place ? ` · ${meeting.place}` : null}
          </p>
          {meeting.minutes ? <p className="pre-line">{meeting.minutes}</p> : null}
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={text.fields} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <MeetingFields values={values} errors={failure?.fields ?? {}} choices={choices} />
        <div className="actions">
          <button type="submit" className="button">
            {text.page.save}
          </button>
          <a href={`/reunions/${meeting.id}`}>{text.page.cancel}</a>
        </div>
      </Form>
    </div>
  );
}
