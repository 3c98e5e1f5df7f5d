import { asc, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { parisDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  fabrique,
  initiativeEvent,
  initiativeProgramme,
  initiativeSignal,
  model,
  organisation,
  programme,
  signal,
  user,
} from "../db/schema";
import { type InitiativeAccess, type InitiativeRow, loadInitiativeForActor } from "./initiative-access";
import { loadInitiativeFacts } from "./initiative-facts";
import { checkMoves, type MoveKind } from "./initiative-workflow";
import { type StageDuration, stageDurations } from "./stage-durations";

export type InitiativeMoveOption = {
  kind: MoveKind;
  to: InitiativeRow["stage"];
  label: string;
  asks: { reason: boolean; wakeUpOn: boolean };
  /** Empty when the move is possible now; otherwise what is missing, in French. */
  blockedBy: string[];
};

export type InitiativeDetails = Omit<InitiativeRow, "privateNotes"> & {
  /** Null for those who may not read the team's private notes. */
  privateNotes: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
  territoryName: string | null;
  model: { id: string; title: string } | null;
  commissioner: { id: string; name: string } | null;
  officer: { id: string; name: string } | null;
  /** Origin signals (the team and the network only). */
  signals: { id: string; reference: string; title: string; status: string }[];
  programmes: { id: string; name: string }[];
  access: InitiativeAccess;
  moves: InitiativeMoveOption[];
  durations: StageDuration[];
};

const text = fr.initiatives.workflow.moves;

/** The stage moves open to the actor, each with what blocks it (in French). */
async function availableMoves(db: Deps["db"], row: Parameters<typeof loadInitiativeFacts>[1], today: string) {
  return checkMoves(await loadInitiativeFacts(db, row, { today })).map(({ move, blockedBy }) => ({
    kind: move.kind,
    to: move.to,
    label: t(text[move.kind], { to: fr.initiatives.stages[move.to] }),
    asks: move.asks,
    blockedBy: blockedBy.map((b) => b.message),
  }));
}

/** One initiative as its overview page and the API show it; NOT_FOUND for those who may not see it. */
export async function getInitiative(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  id: string,
): Promise<Result<InitiativeDetails, "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  const { initiative: row, access } = loaded.value;
  const now = deps.clock.now();
  const [owner] = await deps.db
    .select({ slug: fabrique.slug, name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const territoryName =
    (
      await deps.db.execute<{ name: string }>(
        sql`select name from territory where kind = ${row.territoryKind} and code = ${row.territoryCode}`,
      )
    ).rows[0]?.name ?? null;
  const [linkedModel] = row.modelId
    ? await deps.db.select({ id: model.id, title: model.title }).from(model).where(eq(model.id, row.modelId))
    : [];
  const [commissioner] = row.commissionerOrganisationId
    ? await deps.db
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.id, row.commissionerOrganisationId))
    : [];
  const [officer] = row.officerUserId
    ? await deps.db.select({ id: user.id, name: user.name }).from(user).where(eq(user.id, row.officerUserId))
    : [];
  const signals =
    access.level === "team" || access.level === "network"
      ? await deps.db
          .select({ id: signal.id, reference: signal.reference, title: signal.title, status: signal.status })
          .from(initiativeSignal)
          .innerJoin(signal, eq(signal.id, initiativeSignal.signalId))
          .where(eq(initiativeSignal.initiativeId, id))
          .orderBy(asc(signal.reference))
      : [];
  const programmes = await deps.db
    .select({ id: programme.id, name: programme.name })
    .from(initiativeProgramme)
    .innerJoin(programme, eq(programme.id, initiativeProgramme.programmeId))
    .where(eq(initiativeProgramme.initiativeId, id))
    .orderBy(asc(programme.name));
  const stageLines = await deps.db
    .select({ toStage: initiativeEvent.toStage, at: initiativeEvent.at })
    .from(initiativeEvent)
    .where(eq(initiativeEvent.initiativeId, id))
    .orderBy(asc(initiativeEvent.seq));
  const moves = access.canMove ? await availableMoves(deps.db, row, parisDate(now)) : [];
  return ok({
    ...row,
    privateNotes: access.canSeePrivate ? row.privateNotes : null,
    fabriqueSlug: owner!.slug,
    fabriqueName: owner!.name,
    territoryName,
    model: linkedModel ?? null,
    commissioner: commissioner ?? null,
    officer: officer ?? null,
    signals,
    programmes,
    access,
    moves,
    durations: stageDurations(
      stageLines.filter((l) => l.toStage !== null),
      now,
    ),
  });
}
