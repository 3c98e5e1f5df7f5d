import { asc, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import { type InitiativeEventKind, type InitiativeStage, initiativeEvent, user } from "../db/schema";
import { loadInitiativeForActor } from "./initiative-access";

type Executor = Pick<Db, "insert">;

export type NewInitiativeEvent = {
  initiativeId: string;
  kind: InitiativeEventKind;
  note?: string;
  fromStage?: InitiativeStage | null;
  toStage?: InitiativeStage | null;
  field?: string | null;
  before?: string | null;
  after?: string | null;
  /** Entries only the team may read (private notes). */
  teamOnly?: boolean;
  byUserId: string | null;
  at: Date;
};

/**
 * Writes one line of an initiative's journal. Every domain that changes an initiative (stages,
 * fields, partners, meetings, decisions, study, carrier, outcome, tasks, documents, forecasts)
 * calls this in the same transaction as its change, so the trail a funder follows is complete.
 */
export async function recordInitiativeEvent(db: Executor, event: NewInitiativeEvent): Promise<void> {
  await db.insert(initiativeEvent).values({
    initiativeId: event.initiativeId,
    kind: event.kind,
    note: event.note ?? "",
    fromStage: event.fromStage ?? null,
    toStage: event.toStage ?? null,
    field: event.field ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    teamOnly: event.teamOnly ? 1 : 0,
    byUserId: event.byUserId,
    at: event.at,
  });
}

export type JournalEntry = {
  id: string;
  kind: InitiativeEventKind;
  note: string;
  fromStage: InitiativeStage | null;
  toStage: InitiativeStage | null;
  field: string | null;
  before: string | null;
  after: string | null;
  byName: string | null;
  at: Date;
};

/** The journal as the actor may read it (team-only lines hidden from partners), oldest first. */
export async function readInitiativeJournal(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<JournalEntry[], "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select({
      id: initiativeEvent.id,
      kind: initiativeEvent.kind,
      note: initiativeEvent.note,
      fromStage: initiativeEvent.fromStage,
      toStage: initiativeEvent.toStage,
      field: initiativeEvent.field,
      before: initiativeEvent.before,
      after: initiativeEvent.after,
      teamOnly: initiativeEvent.teamOnly,
      byName: user.name,
      at: initiativeEvent.at,
    })
    .from(initiativeEvent)
    .leftJoin(user, eq(user.id, initiativeEvent.byUserId))
    .where(eq(initiativeEvent.initiativeId, initiativeId))
    .orderBy(asc(initiativeEvent.at), asc(initiativeEvent.seq));
  const visible = loaded.value.access.canSeePrivate ? rows : rows.filter((r) => r.teamOnly === 0);
  return ok(visible.map(({ teamOnly: _hidden, ...entry }) => entry));
}
