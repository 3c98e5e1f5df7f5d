import { asc, eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, signal, signalEvent, user } from "../db/schema";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { listSignalAssignees, type SignalAssignee } from "./signal-assignees";
import { type SignalTransition, signalTransitionsFrom } from "./signal-workflow";

export type SignalRow = typeof signal.$inferSelect;

/** The stored signal, whoever asks: for services that authorise against its owner afterwards. */
export async function findSignal(deps: Pick<Deps, "db">, id: string): Promise<SignalRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await deps.db.select().from(signal).where(eq(signal.id, id));
  return row;
}

export type SignalEventView = {
  id: string;
  fromStatus: SignalRow["status"] | null;
  toStatus: SignalRow["status"];
  reason: string;
  byName: string | null;
  at: Date;
};

export type SignalDetails = SignalRow & {
  fabriqueSlug: string;
  fabriqueName: string;
  territoryName: string | null;
  createdByName: string | null;
  assigneeName: string | null;
  /** Who the team may entrust it to (empty for anyone who may not change it). */
  assignees: SignalAssignee[];
  spamReviewedByName: string | null;
  mergedIntoReference: string | null;
  events: SignalEventView[];
  /** Whether the actor may edit it and move it along its workflow. */
  canChange: boolean;
  transitions: SignalTransition[];
};

/** One signal with its journal; another Fabrique's signal answers NOT_FOUND. */
export async function getSignal(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
): Promise<Result<SignalDetails, "NOT_FOUND">> {
  const row = await findSignal(deps, id);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  const [extra] = await deps.db
    .select({
      fabriqueSlug: fabrique.slug,
      fabriqueName: fabrique.name,
      territoryName: sql<string | null>`(select name from territory t
        where t.kind = ${row.territoryKind} and t.code = ${row.territoryCode})`,
      createdByName: sql<string | null>`(select name from "user" u where u.id = ${row.createdByUserId})`,
      assigneeName: sql<string | null>`(select name from "user" u where u.id = ${row.assigneeUserId})`,
      spamReviewedByName: sql<
        string | null
      >`(select name from "user" u where u.id = ${row.spamReviewedByUserId})`,
      mergedIntoReference: sql<
        string | null
      >`(select reference from signal m where m.id = ${row.mergedIntoId})`,
    })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const events = await deps.db
    .select({
      id: signalEvent.id,
      fromStatus: signalEvent.fromStatus,
      toStatus: signalEvent.toStatus,
      reason: signalEvent.reason,
      byName: user.name,
      at: signalEvent.at,
    })
    .from(signalEvent)
    .leftJoin(user, eq(user.id, signalEvent.byUserId))
    .where(eq(signalEvent.signalId, id))
    .orderBy(asc(signalEvent.seq));
  const canChange = canChangeSignal(actor, row);
  return ok({
    ...row,
    ...extra!,
    events,
    canChange,
    assignees: canChange ? await listSignalAssignees(deps, row.fabriqueId) : [],
    transitions: canChange ? signalTransitionsFrom(row.status) : [],
  });
}
