import { and, eq, inArray, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime, parisToInstant } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { contact, meeting, meetingParticipant, organisation } from "../db/schema";
import { loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { recordNotifications } from "../notifications/record-notifications";
import { listTeamUsers, loadMeetingForEdit } from "./meeting-access";
import {
  type MeetingInput,
  type MeetingValues,
  meetingInput,
  type UpdateMeetingInput,
  updateMeetingInput,
} from "./meeting-schemas";

const text = fr.meetings;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type ParticipantRow = { organisationId: string | null; contactId: string | null; userId: string | null };

/** Participants must belong to the initiative's Fabrique; anything else is refused, not dropped. */
async function resolveParticipants(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  refs: string[],
): Promise<Result<ParticipantRow[], "INVALID_INPUT">> {
  const ids = { organisation: [] as string[], contact: [] as string[], user: [] as string[] };
  for (const ref of new Set(refs)) {
    const [kind, id] = ref.split(":") as [keyof typeof ids, string];
    ids[kind].push(id.toLowerCase());
  }
  const [organisations, contacts, team] = await Promise.all([
    ids.organisation.length
      ? deps.db
          .select({ id: organisation.id })
          .from(organisation)
          .where(and(eq(organisation.fabriqueId, fabriqueId), inArray(organisation.id, ids.organisation)))
      : [],
    ids.contact.length
      ? deps.db
          .select({ id: contact.id })
          .from(contact)
          .where(and(eq(contact.fabriqueId, fabriqueId), inArray(contact.id, ids.contact)))
      : [],
    ids.user.length ? listTeamUsers(deps, fabriqueId) : [],
  ]);
  const teamIds = new Set(team.map((u) => u.id));
  if (
    organisations.length !== ids.organisation.length ||
    contacts.length !== ids.contact.length ||
    ids.user.some((id) => !teamIds.has(id))
  ) {
    return fail("INVALID_INPUT", { fields: { participants: text.validation.participant } });
  }
  return ok([
    ...ids.organisation.map((id) => ({ organisationId: id, contactId: null, userId: null })),
    ...ids.contact.map((id) => ({ organisationId: null, contactId: id, userId: null })),
    ...ids.user.map((id) => ({ organisationId: null, contactId: null, userId: id })),
  ]);
}

function columnsOf(values: MeetingValues) {
  return {
    kind: values.kind,
    title: values.title,
    startsAt: parisToInstant(values.date, values.startTime),
    endsAt: parisToInstant(values.date, values.endTime),
    place: values.place,
    publicHeadcount: values.publicHeadcount,
    minutes: values.minutes,
  };
}

async function replaceParticipants(tx: Tx, meetingId: string, rows: ParticipantRow[]) {
  await tx.delete(meetingParticipant).where(eq(meetingParticipant.meetingId, meetingId));
  if (rows.length) await tx.insert(meetingParticipant).values(rows.map((r) => ({ ...r, meetingId })));
}

/*
 * The journal is read by every partner who sees the initiative; only the team reads its
 * team-only lines. Lines about a copil meeting are team-only, so the journal never tells a
 * partner outside the copil what the meetings page hides from them (meeting-visibility.ts).
 */

/** The team (or the carrier) plans a meeting of an initiative; the journal says so. */
export async function createMeeting(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<MeetingInput>,
): Promise<
  Result<{ id: string; version: number }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "meeting.write");
  if (!loaded.ok) return loaded;
  const parsed = meetingInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { initiative } = loaded.value;
  const participants = await resolveParticipants(deps, initiative.fabriqueId, parsed.data.participants);
  if (!participants.ok) return participants;
  const now = deps.clock.now();
  const columns = columnsOf(parsed.data);
  const created = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meeting)
      .values({
        ...columns,
        fabriqueId: initiative.fabriqueId,
        initiativeId,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: meeting.id, version: meeting.version });
    await replaceParticipants(tx, row!.id, participants.value);
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "meeting",
      note: t(text.journal.meetingCreated, { title: columns.title, date: formatDateTime(columns.startsAt) }),
      teamOnly: columns.kind === "steering_committee",
      byUserId: actor.userId,
      at: now,
    });
    await recordNotifications(deps, tx, {
      kind: "meeting_added",
      fabriqueId: initiative.fabriqueId,
      link: `/reunions/${row!.id}`,
      title: `${initiative.title} — ${columns.title}`,
      detail: t(fr.notifications.details.meeting_added, { date: formatDateTime(columns.startsAt) }),
      groupKey: `initiative:${initiativeId}`,
      // A copil is the team's (its journal line is team-only); other meetings reach the carrier too.
      audience: {
        initiative: { id: initiativeId, fabriqueId: initiative.fabriqueId },
        carrier: columns.kind !== "steering_committee",
      },
      actorUserId: actor.userId,
    });
    return row!;
  });
  return ok(created);
}

/**
 * Edits a meeting. The edit names the version it was made from; if someone saved meanwhile,
 * nothing is written and CONFLICT says so (the page keeps what the user typed).
 */
export async function updateMeeting(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateMeetingInput>,
): Promise<
  Result<
    { id: string; version: number },
    "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED"
  >
> {
  const loaded = await loadMeetingForEdit(deps, actor, id);
  if (!loaded.ok) return loaded;
  const parsed = updateMeetingInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { meeting: stored, initiative } = loaded.value;
  const participants = await resolveParticipants(deps, initiative.fabriqueId, parsed.data.participants);
  if (!participants.ok) return participants;
  const now = deps.clock.now();
  const columns = columnsOf(parsed.data);
  const updated = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(meeting)
      .set({ ...columns, version: sql`${meeting.version} + 1`, updatedAt: now })
      .where(and(eq(meeting.id, id), eq(meeting.version, parsed.data.version)))
      .returning({ id: meeting.id, version: meeting.version });
    if (!row) return null;
    await replaceParticipants(tx, id, participants.value);
    await recordInitiativeEvent(tx, {
      initiativeId: initiative.id,
      kind: "meeting",
      note: t(text.journal.meetingUpdated, { title: columns.title, date: formatDateTime(columns.startsAt) }),
      teamOnly: columns.kind === "steering_committee" || stored.kind === "steering_committee",
      byUserId: actor.userId,
      at: now,
    });
    return row;
  });
  if (!updated) {
    return fail("CONFLICT", { message: text.validation.stale, details: { currentVersion: stored.version } });
  }
  return ok(updated);
}

/** Deletes a meeting (its participants and documents go with it; decisions stay, unlinked). */
export async function deleteMeeting(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<Result<{ initiativeId: string }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadMeetingForEdit(deps, actor, id);
  if (!loaded.ok) return loaded;
  const { meeting: stored, initiative } = loaded.value;
  await deps.db.transaction(async (tx) => {
    await tx.delete(meeting).where(eq(meeting.id, id));
    await recordInitiativeEvent(tx, {
      initiativeId: initiative.id,
      kind: "meeting",
      note: t(text.journal.meetingDeleted, { title: stored.title, date: formatDateTime(stored.startsAt) }),
      teamOnly: stored.kind === "steering_committee",
      byUserId: actor.userId,
      at: deps.clock.now(),
    });
  });
  return ok({ initiativeId: initiative.id });
}
