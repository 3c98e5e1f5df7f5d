import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import {
  type InitiativeStage,
  initiativeStages,
  type WorkingStage,
  workingStages,
} from "../db/schema/initiatives";

/**
 * The pipeline's moves, declared once (product.md "The pipeline"). Pure and fail-closed: a move
 * that is not declared, or whose guards fail, is refused with every reason in French. The facts
 * are read from the database by `initiative-facts.ts`; the page lists each possible move and,
 * for a blocked one, what is missing.
 */

/** What the guards look at, as stored, plus what the user typed for this move. */
export type InitiativeFacts = {
  stage: InitiativeStage;
  stageBeforeDormant: WorkingStage | null;
  reason: string;
  /** `YYYY-MM-DD` or null. */
  wakeUpOn: string | null;
  /** Today, `YYYY-MM-DD`, from the clock. */
  today: string;
  hasCommissioner: boolean;
  originSignals: number;
  hasModel: boolean;
  meetings: number;
  projectGroup: boolean;
  /** A final version of the opportunity study exists. */
  studyFinal: boolean;
  /** The decisions recorded in the opportunity-study stage at a comité de pilotage. */
  steeringDecisionInStudy: "go" | "no_go" | "park" | "hand_over" | null;
  /** A lead carrier (chef de file) is retained; co-carriers alone do not count. */
  carrierChosen: boolean;
  handoverRecorded: boolean;
  outcomeRecorded: boolean;
};

type Guard = { name: string; check: (facts: InitiativeFacts) => string | null };

const text = fr.initiatives.workflow;
const MIN_REASON_LENGTH = 5;

const guards = {
  reasonGiven: {
    name: "reasonGiven",
    check: (f) => (f.reason.trim().length >= MIN_REASON_LENGTH ? null : text.guards.reasonGiven),
  },
  wakeUpDateInFuture: {
    name: "wakeUpDateInFuture",
    check: (f) =>
      f.wakeUpOn && /^\d{4}-\d{2}-\d{2}$/.test(f.wakeUpOn) && f.wakeUpOn > f.today
        ? null
        : text.guards.wakeUpOn,
  },
  missionAccepted: {
    name: "missionAccepted",
    check: (f) =>
      f.hasCommissioner || f.originSignals > 0 || f.hasModel ? null : text.guards.missionAccepted,
  },
  needsDocumented: {
    name: "needsDocumented",
    check: (f) => (f.originSignals > 0 || f.meetings > 0 ? null : text.guards.needsDocumented),
  },
  projectGroupFormed: {
    name: "projectGroupFormed",
    check: (f) => (f.projectGroup ? null : text.guards.projectGroupFormed),
  },
  studyFinal: {
    name: "studyFinal",
    check: (f) => (f.studyFinal ? null : text.guards.studyFinal),
  },
  steeringGo: {
    name: "steeringGo",
    check: (f) => (f.steeringDecisionInStudy === "go" ? null : text.guards.steeringGo),
  },
  carrierChosen: {
    name: "carrierChosen",
    check: (f) => (f.carrierChosen ? null : text.guards.carrierChosen),
  },
  handoverRecorded: {
    name: "handoverRecorded",
    check: (f) => (f.handoverRecorded ? null : text.guards.handoverRecorded),
  },
  outcomeRecorded: {
    name: "outcomeRecorded",
    check: (f) => (f.outcomeRecorded ? null : text.guards.outcomeRecorded),
  },
} satisfies Record<string, Guard>;

export type MoveKind = "forward" | "back" | "dormant" | "wakeUp" | "abandon";

export type InitiativeMove = {
  kind: MoveKind;
  from: InitiativeStage;
  to: InitiativeStage;
  /** What the form asks for (the guards enforce it). */
  asks: { reason: boolean; wakeUpOn: boolean };
  guards: readonly Guard[];
};

/** What it takes to leave each working stage forwards (product.md, column "leaves the stage when"). */
const forwardGuards: Record<WorkingStage, readonly Guard[]> = {
  referral: [guards.missionAccepted],
  detection: [guards.needsDocumented],
  qualification: [guards.projectGroupFormed],
  opportunity_study: [guards.studyFinal, guards.steeringGo],
  carrier_search: [guards.carrierChosen],
  handover: [guards.handoverRecorded],
  launch: [guards.outcomeRecorded],
  follow_up: [],
};

function declareMoves(): InitiativeMove[] {
  const moves: InitiativeMove[] = [];
  workingStages.forEach((stage, index) => {
    const next = workingStages[index + 1];
    if (next) {
      moves.push({
        kind: "forward",
        from: stage,
        to: next,
        asks: { reason: false, wakeUpOn: false },
        guards: forwardGuards[stage],
      });
    }
    const previous = workingStages[index - 1];
    if (previous) {
      moves.push({
        kind: "back",
        from: stage,
        to: previous,
        asks: { reason: true, wakeUpOn: false },
        guards: [guards.reasonGiven],
      });
    }
    moves.push({
      kind: "dormant",
      from: stage,
      to: "dormant",
      asks: { reason: true, wakeUpOn: true },
      guards: [guards.reasonGiven, guards.wakeUpDateInFuture],
    });
    moves.push({
      kind: "abandon",
      from: stage,
      to: "abandoned",
      asks: { reason: true, wakeUpOn: false },
      guards: [guards.reasonGiven],
    });
  });
  for (const stage of workingStages) {
    moves.push({
      kind: "wakeUp",
      from: "dormant",
      to: stage,
      asks: { reason: false, wakeUpOn: false },
      guards: [],
    });
  }
  moves.push({
    kind: "abandon",
    from: "dormant",
    to: "abandoned",
    asks: { reason: true, wakeUpOn: false },
    guards: [guards.reasonGiven],
  });
  return moves;
}

export const initiativeMoves: readonly InitiativeMove[] = declareMoves();

export function isInitiativeStage(value: unknown): value is InitiativeStage {
  return typeof value === "string" && (initiativeStages as readonly string[]).includes(value);
}

/**
 * The moves that leave the current stage. A dormant initiative goes back to the stage it was in
 * (only that one), or is abandoned.
 */
export function movesFrom(stage: InitiativeStage, stageBeforeDormant: WorkingStage | null): InitiativeMove[] {
  return initiativeMoves.filter(
    (move) =>
      move.from === stage && (move.kind !== "wakeUp" || move.to === (stageBeforeDormant ?? "referral")),
  );
}

export type MoveCheck = { move: InitiativeMove; blockedBy: { guard: string; message: string }[] };

/** Every move from the current stage with what blocks it (empty when it is possible). */
export function checkMoves(facts: InitiativeFacts): MoveCheck[] {
  return movesFrom(facts.stage, facts.stageBeforeDormant).map((move) => ({
    move,
    blockedBy: move.guards
      // The reason and wake-up date are typed in the move's own form: not "missing" beforehand.
      .filter((guard) => !(move.asks.reason && guard.name === "reasonGiven" && facts.reason === ""))
      .filter(
        (guard) => !(move.asks.wakeUpOn && guard.name === "wakeUpDateInFuture" && facts.wakeUpOn === null),
      )
      .map((guard) => ({ guard: guard.name, message: guard.check(facts) }))
      .filter((r): r is { guard: string; message: string } => r.message !== null),
  }));
}

export type MoveDecision =
  | { allowed: true; move: InitiativeMove }
  | { allowed: false; reasons: string[]; blockedBy: string[] };

/** Whether `to` may be reached now with these facts; every failing guard gives its reason. */
export function checkMove(facts: InitiativeFacts, to: string): MoveDecision {
  const move = isInitiativeStage(to)
    ? movesFrom(facts.stage, facts.stageBeforeDormant).find((m) => m.to === to)
    : undefined;
  if (!move) {
    const label = (stage: string) =>
      isInitiativeStage(stage) ? fr.initiatives.stages[stage] : text.unknownStage;
    return {
      allowed: false,
      reasons: [t(text.notPlanned, { from: label(facts.stage), to: label(to) })],
      blockedBy: ["declared"],
    };
  }
  const failing = move.guards
    .map((guard) => ({ guard: guard.name, message: guard.check(facts) }))
    .filter((r): r is { guard: string; message: string } => r.message !== null);
  return failing.length
    ? { allowed: false, reasons: failing.map((f) => f.message), blockedBy: failing.map((f) => f.guard) }
    : { allowed: true, move };
}
