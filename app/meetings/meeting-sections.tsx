import type { ParticipantView } from "../../server/meetings/get-meeting";
import type { MeetingKind } from "../../shared/codes/meetings";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** The sections of a meeting's page (`routes/meeting.tsx`), one component each. */

const text = fr.meetings;

type MeetingFacts = {
  id: string;
  kind: MeetingKind;
  date: string;
  start: string;
  end: string;
  place: string;
  publicHeadcount: number | null;
};

/** Kind, time, place and headcount; the calendar invitation, and for the team edit and delete. */
export function MeetingFactsSection({ meeting, canEdit }: { meeting: MeetingFacts; canEdit: boolean }) {
  return (
    <>
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
    </>
  );
}

/** Who took part (hidden with the minutes from who may not read them), then the minutes. */
export function ParticipantsAndMinutes({
  participants,
  minutes,
}: {
  participants: ParticipantView[] | null;
  minutes: string | null;
}) {
  return (
    <>
      <section aria-labelledby="participants" className="stack">
        <h3 id="participants">{text.fields.participants}</h3>
        {participants === null ? (
          <p>{text.page.minutesHidden}</p>
        ) : participants.length ? (
          <ul>
            {participants.map((p) => (
              <li key={p.ref}>
                {p.name} <span className="card__meta">({text.groups[`${p.kind}s`]})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.page.noParticipants}</p>
        )}
      </section>
      {minutes !== null ? (
        <section aria-labelledby="compte-rendu" className="stack">
          <h3 id="compte-rendu">{text.fields.minutes}</h3>
          {minutes ? <p className="pre-line">{minutes}</p> : <p>{text.page.noMinutes}</p>}
        </section>
      ) : null}
    </>
  );
}
