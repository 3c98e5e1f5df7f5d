import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { contact, meeting, organisation } from "../db/schema";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
  refuseDossierWrite,
} from "../initiatives/initiative-access";
import { listTeamMembers } from "../network/list-team-members";
import { canSeeMeeting } from "./meeting-visibility";

export type MeetingRow = typeof meeting.$inferSelect;

const uuidPattern = /^[0-9a-f-]{36}$/i;

/**
 * A meeting the actor may see, with its initiative and the actor's access to it. A copil meeting
 * does not exist for someone outside the copil (NOT_FOUND), like another Fabrique's meeting.
 */
export async function loadMeetingForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<
  Result<{ meeting: MeetingRow; initiative: InitiativeRow; access: InitiativeAccess }, "NOT_FOUND">
> {
  if (!uuidPattern.test(id)) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(meeting).where(eq(meeting.id, id));
  if (!row?.initiativeId) return fail("NOT_FOUND");
  const loaded = await loadInitiativeForActor(deps, actor, row.initiativeId);
  if (!loaded.ok) return loaded;
  if (!canSeeMeeting(loaded.value.access, row.kind)) return fail("NOT_FOUND");
  return ok({ meeting: row, ...loaded.value });
}

/**
 * Like `loadMeetingForActor`, but FORBIDDEN unless the actor may edit the dossier, and
 * WRITE_REFUSED once the initiative is abandoned (`dossier-write-rules.ts`).
 */
export async function loadMeetingForEdit(deps: Pick<Deps, "db">, actor: Actor | null, id: string) {
  const loaded = await loadMeetingForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  if (!loaded.value.access.canEdit) return fail("FORBIDDEN");
  return refuseDossierWrite(loaded.value.initiative, "meeting.write") ?? loaded;
}

export type Choice = { id: string; name: string; detail?: string };
export type ParticipantChoices = { users: Choice[]; organisations: Choice[]; contacts: Choice[] };

/** The Fabrique's team: admins and officers (not partners, not carriers). */
export async function listTeamUsers(deps: Pick<Deps, "db">, fabriqueId: string): Promise<Choice[]> {
  return (await listTeamMembers(deps.db, fabriqueId)).map(({ id, name }) => ({ id, name }));
}

/** Who may be named as a participant: the Fabrique's team, its organisations and its contacts. */
export async function listParticipantChoices(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
): Promise<ParticipantChoices> {
  const [users, organisations, contacts] = await Promise.all([
    listTeamUsers(deps, fabriqueId),
    deps.db
      .select({ id: organisation.id, name: organisation.name })
      .from(organisation)
      .where(eq(organisation.fabriqueId, fabriqueId))
      .orderBy(organisation.name),
    deps.db
      .select({ id: contact.id, name: contact.name, detail: organisation.name })
      .from(contact)
      .leftJoin(organisation, eq(organisation.id, contact.organisationId))
      .where(eq(contact.fabriqueId, fabriqueId))
      .orderBy(contact.name),
  ]);
  return {
    users,
    organisations,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, detail: c.detail ?? undefined })),
  };
}
