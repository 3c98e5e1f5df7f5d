import { requireActor } from "../../server/http/require-actor";
import { getMeeting } from "../../server/meetings/get-meeting";
import { buildIcs } from "../../server/meetings/ics";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { parisDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/meeting-invitation";

const text = fr.meetings;

/** The meeting's `.ics` invitation (RFC 5545), for whoever may see the meeting. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { deps } = context;
  const meeting = valueOr404(await getMeeting(deps, actor, params.id));
  const url = `${deps.config.publicUrl}/reunions/${meeting.id}`;
  const ics = buildIcs({
    uid: `${meeting.id}@${new URL(deps.config.publicUrl).hostname}`,
    stamp: deps.clock.now(),
    start: meeting.startsAt,
    end: meeting.endsAt,
    sequence: meeting.version - 1,
    summary: meeting.title,
    location: meeting.place,
    description: [
      t(text.invitation.description, {
        kind: text.kinds[meeting.kind],
        initiative: meeting.initiative.title,
        reference: meeting.initiative.reference,
      }),
      t(text.invitation.link, { url }),
    ].join("\n"),
    url,
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="reunion-${parisDate(meeting.startsAt)}.ics"`,
    },
  });
}
