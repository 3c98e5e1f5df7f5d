import { and, asc, desc, eq, gte, inArray, lt, notExists, or } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { decision, initiative, type MeetingKind, meeting } from "../db/schema";
import {
  loadInitiativeForActor,
  partnerRolesByInitiative,
  resolveInitiativeAccess,
} from "../initiatives/initiative-access";
import { canSeeMeeting } from "./meeting-visibility";

export type MeetingSummary = {
  id: string;
  initiativeId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
};

export type UpcomingMeeting = MeetingSummary & { initiativeTitle: string; initiativeReference: string };

const summaryColumns = {
  id: meeting.id,
  initiativeId: meeting.initiativeId,
  kind: meeting.kind,
  title: meeting.title,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  place: meeting.place,
};

/** An initiative's meetings the actor may see: upcoming (soonest first) and past (latest first). */
export async function listInitiativeMeetings(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<{ upcoming: MeetingSummary[]; past: MeetingSummary[] }, "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select(summaryColumns)
    .from(meeting)
    .where(eq(meeting.initiativeId, initiativeId))
    .orderBy(asc(meeting.startsAt));
  const now = deps.clock.now().getTime();
  const visible = rows
    .filter((row) => canSeeMeeting(loaded.value.access, row.kind))
    .map((row) => ({ ...row, initiativeId }));
  return ok({
    upcoming: visible.filter((m) => m.endsAt.getTime() >= now),
    past: visible.filter((m) => m.endsAt.getTime() < now).reverse(),
  });
}

/**
 * The next meetings across the initiatives the actor works on or follows: every initiative of the
 * Fabriques where they are in the team, and those where they are carrier or partner (copil
 * meetings only for copil members). The network animator's view of the whole network would be
 * noise here: they see the meetings of their own Fabriques like anyone else.
 */
export async function listUpcomingMeetings(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  { limit = 5 }: { limit?: number } = {},
): Promise<UpcomingMeeting[]> {
  const teamFabriques = [
    ...new Set(actor.memberships.filter((m) => isTeamMember(actor, m.fabriqueId)).map((m) => m.fabriqueId)),
  ];
  const followed = new Set<string>([
    ...(await partnerRolesByInitiative(deps, actor)).keys(),
    ...actor.memberships.filter((m) => m.initiativeId).map((m) => m.initiativeId!),
  ]);
  const scopes = [
    teamFabriques.length ? inArray(initiative.fabriqueId, teamFabriques) : undefined,
    followed.size ? inArray(initiative.id, [...followed]) : undefined,
  ].filter((s) => s !== undefined);
  if (!scopes.length) return [];
  const rows = await deps.db
    .select({
      ...summaryColumns,
      initiativeTitle: initiative.title,
      initiativeReference: initiative.reference,
      fabriqueId: initiative.fabriqueId,
    })
    .from(meeting)
    .innerJoin(initiative, eq(initiative.id, meeting.initiativeId))
    .where(and(gte(meeting.endsAt, deps.clock.now()), or(...scopes)))
    .orderBy(asc(meeting.startsAt))
    .limit(limit * 4 + 20);
  const out: UpcomingMeeting[] = [];
  for (const { fabriqueId, ...row } of rows) {
    if (out.length >= limit) break;
    if (row.kind === "steering_committee" && !isTeamMember(actor, fabriqueId)) {
      const access = await resolveInitiativeAccess(deps, actor, { id: row.initiativeId!, fabriqueId });
      if (!access || !canSeeMeeting(access, row.kind)) continue;
    }
    out.push({ ...row, initiativeId: row.initiativeId! });
  }
  return out;
}

/** All meetings of an initiative, newest first (used where a decision picks its meeting). */
export async function listMeetingsForDecision(deps: Pick<Deps, "db">, initiativeId: string) {
  return deps.db
    .select({ id: meeting.id, title: meeting.title, kind: meeting.kind, startsAt: meeting.startsAt })
    .from(meeting)
    .where(eq(meeting.initiativeId, initiativeId))
    .orderBy(desc(meeting.startsAt));
}

/**
 * Steering-committee meetings already held in the actor's Fabriques (team) whose decision is not
 * recorded yet, latest first: the dashboard's "copil decisions to record".
 */
export async function listCopilMeetingsAwaitingDecision(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  { limit = 5 }: { limit?: number } = {},
): Promise<UpcomingMeeting[]> {
  const teamFabriques = [
    ...new Set(actor.memberships.filter((m) => isTeamMember(actor, m.fabriqueId)).map((m) => m.fabriqueId)),
  ];
  if (!teamFabriques.length) return [];
  const rows = await deps.db
    .select({
      ...summaryColumns,
      initiativeTitle: initiative.title,
      initiativeReference: initiative.reference,
    })
    .from(meeting)
    .innerJoin(initiative, eq(initiative.id, meeting.initiativeId))
    .where(
      and(
        inArray(initiative.fabriqueId, teamFabriques),
        eq(meeting.kind, "steering_committee"),
        lt(meeting.startsAt, deps.clock.now()),
        notExists(
          deps.db.select({ id: decision.id }).from(decision).where(eq(decision.meetingId, meeting.id)),
        ),
      ),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, initiativeId: row.initiativeId! }));
}
