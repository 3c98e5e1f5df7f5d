import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type SignalStatus, signalStatuses } from "../db/schema/signals";

/**
 * A signal's qualification, declared once (product.md): new → qualified | merged | parked |
 * rejected; qualified → parked | rejected | converted; parked → new | qualified. Pure and
 * fail-closed: a transition not listed, or whose guards fail, is refused with French reasons.
 */

/** What the guards look at: the stored signal, what the user typed, and the merge target. */
export type SignalTransitionFacts = {
  signalId: string;
  reason: string;
  /** `YYYY-MM-DD` or null. */
  wakeUpOn: string | null;
  /** Today, `YYYY-MM-DD`, from the clock. */
  today: string;
  /** The signal to merge into, as stored; null when none was given or it is not visible. */
  target: { id: string; status: SignalStatus; sameFabrique: boolean } | null;
  /** The initiative the signal feeds; initiatives are not built yet, so always null for now. */
  initiativeId: string | null;
};

type Guard = { name: string; check: (facts: SignalTransitionFacts) => string | null };

const text = fr.signals.workflow;
const MIN_REASON_LENGTH = 5;

const reasonGiven: Guard = {
  name: "reasonGiven",
  check: (facts) => (facts.reason.trim().length >= MIN_REASON_LENGTH ? null : text.guards.reasonGiven),
};
const wakeUpDateInFuture: Guard = {
  name: "wakeUpDateInFuture",
  check: (facts) =>
    facts.wakeUpOn && /^\d{4}-\d{2}-\d{2}$/.test(facts.wakeUpOn) && facts.wakeUpOn > facts.today
      ? null
      : text.guards.wakeUpDateGiven,
};
const mergeTargetValid: Guard = {
  name: "mergeTargetValid",
  check: (facts) => {
    if (!facts.target) return text.guards.mergeTargetGiven;
    if (facts.target.id === facts.signalId) return text.guards.mergeTargetDifferent;
    if (!facts.target.sameFabrique || !["new", "qualified"].includes(facts.target.status)) {
      return text.guards.mergeTargetOpen;
    }
    return null;
  },
};
const initiativeGiven: Guard = {
  name: "initiativeGiven",
  check: (facts) => (facts.initiativeId ? null : text.convertLater),
};

export type SignalTransitionName =
  | "qualify"
  | "merge"
  | "park"
  | "reject"
  | "wakeUp"
  | "qualifyParked"
  | "convert";

export type SignalTransition = {
  name: SignalTransitionName;
  from: readonly SignalStatus[];
  to: SignalStatus;
  label: string;
  /** What the form asks for (the guards enforce it). */
  asks: { reason: boolean; wakeUpOn: boolean; target: boolean };
  guards: readonly Guard[];
};

const asks = (reason: boolean, wakeUpOn = false, target = false) => ({ reason, wakeUpOn, target });

export const signalTransitions: readonly SignalTransition[] = [
  {
    name: "qualify",
    from: ["new"],
    to: "qualified",
    label: text.transitions.qualify,
    asks: asks(false),
    guards: [],
  },
  {
    name: "merge",
    from: ["new"],
    to: "merged",
    label: text.transitions.merge,
    asks: asks(false, false, true),
    guards: [mergeTargetValid],
  },
  {
    name: "park",
    from: ["new", "qualified"],
    to: "parked",
    label: text.transitions.park,
    asks: asks(true, true),
    guards: [reasonGiven, wakeUpDateInFuture],
  },
  {
    name: "reject",
    from: ["new", "qualified"],
    to: "rejected",
    label: text.transitions.reject,
    asks: asks(true),
    guards: [reasonGiven],
  },
  {
    name: "convert",
    from: ["qualified"],
    to: "converted",
    label: text.transitions.convert,
    asks: asks(false),
    guards: [initiativeGiven],
  },
  {
    name: "wakeUp",
    from: ["parked"],
    to: "new",
    label: text.transitions.wakeUp,
    asks: asks(false),
    guards: [],
  },
  {
    name: "qualifyParked",
    from: ["parked"],
    to: "qualified",
    label: text.transitions.qualifyParked,
    asks: asks(false),
    guards: [],
  },
];

export function isSignalStatus(value: unknown): value is SignalStatus {
  return typeof value === "string" && (signalStatuses as readonly string[]).includes(value);
}

/** The transitions that leave `status`, in the order they are declared. */
export function signalTransitionsFrom(status: string): SignalTransition[] {
  if (!isSignalStatus(status)) return [];
  return signalTransitions.filter((transition) => transition.from.includes(status));
}

export type SignalTransitionCheck =
  | { allowed: true; transition: SignalTransition }
  | { allowed: false; reasons: string[] };

/** Whether `from → to` may happen with these facts; every failing guard gives its reason. */
export function checkSignalTransition(
  from: string,
  to: string,
  facts: SignalTransitionFacts,
): SignalTransitionCheck {
  const transition = isSignalStatus(to) ? signalTransitionsFrom(from).find((c) => c.to === to) : undefined;
  if (!transition) {
    const label = (status: string) =>
      isSignalStatus(status) ? fr.signals.statuses[status] : text.unknownStatus;
    return { allowed: false, reasons: [t(text.notPlanned, { from: label(from), to: label(to) })] };
  }
  const reasons = transition.guards
    .map((guard) => guard.check(facts))
    .filter((reason): reason is string => reason !== null);
  return reasons.length ? { allowed: false, reasons } : { allowed: true, transition };
}
