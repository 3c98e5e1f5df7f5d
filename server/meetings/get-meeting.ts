import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { contact, meetingParticipant, organisation, user } from "../db/schema";
import type { InitiativeAccess, InitiativeRow } from "../initiatives/initiative-access";
import { loadMeetingForActor, type MeetingRow } from "./meeting-access";
import { canSeeMinutes } from "./meeting-visibility";

export type ParticipantView = { ref: string; kind: "organisation" | "contact" | "user"; name: string };

export type MeetingDetails = Omit<MeetingRow, "minutes" | "createdByUserId"> & {
  /** null when the actor may not read the minutes (see meeting-visibility.ts). */
  minutes: string | null;
  participants: ParticipantView[] | null;
  /** The whole row, for the page header; never sent as is (it holds the team's private notes). */
  initiative: InitiativeRow;
  access: InitiativeAccess;
};

export async function listMeetingParticipants(
  deps: Pick<Deps, "db">,
  meetingId: string,
): Promise<ParticipantView[]> {
  const rows = await deps.db
    .select({
      organisationId: meetingParticipant.organisationId,
      contactId: meetingParticipant.contactId,
      userId: meetingParticipant.userId,
      organisationName: organisation.name,
      contactName: contact.name,
      userName: user.name,
    })
    .from(meetingParticipant)
    .leftJoin(organisation, eq(organisation.id, meetingParticipant.organisationId))
    .leftJoin(contact, eq(contact.id, meetingParticipant.contactId))
    .leftJoin(user, eq(user.id, meetingParticipant.userId))
    .where(eq(meetingParticipant.meetingId, meetingId));
  const out: ParticipantView[] = [];
  for (const row of rows) {
    if (row.userId) out.push({ ref: `user:${row.userId}`, kind: "user", name: row.userName ?? "" });
    else if (row.contactId)
      out.push({ ref: `contact:${row.contactId}`, kind: "contact", name: row.contactName ?? "" });
    else if (row.organisationId) {
      out.push({
        ref: `organisation:${row.organisationId}`,
        kind: "organisation",
        name: row.organisationName ?? "",
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

/** One meeting as the actor may read it. */
export async function getMeeting(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<MeetingDetails, "NOT_FOUND">> {
  const loaded = await loadMeetingForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  const { meeting: row, initiative, access } = loaded.value;
  const { createdByUserId: _creator, ...rest } = row;
  const minutesVisible = canSeeMinutes(access, row.kind);
  return ok({
    ...rest,
    minutes: minutesVisible ? row.minutes : null,
    participants: minutesVisible ? await listMeetingParticipants(deps, row.id) : null,
    initiative,
    access,
  });
}
